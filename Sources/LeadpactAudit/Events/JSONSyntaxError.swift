/// Why a JSON line is refused, at a byte offset of the line: it is not valid JSON, or it
/// gives a key twice (valid JSON, but which value counts would be a guess).
struct JSONSyntaxError: Error {
    /// What is wrong with the line as a whole, put before the column in the message.
    var summary = "not valid JSON"
    var message: String
    var offset: Int

    init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// The key `name` given again at `offset` (its opening quote), in the same object as
    /// before; `name` is dotted for a member of `set` or `context`.
    static func duplicateKey(_ name: String, at offset: Int) -> JSONSyntaxError {
        var error = JSONSyntaxError(message: "keep one of its values", offset: offset)
        error.summary = "duplicate key '\(name)'"
        return error
    }
}
