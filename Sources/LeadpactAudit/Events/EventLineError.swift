/// What makes one line bad.
struct EventLineError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
