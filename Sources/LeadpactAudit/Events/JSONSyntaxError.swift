/// A JSON syntax error at a byte offset of the line.
struct JSONSyntaxError: Error {
    var message: String
    var offset: Int
}
