/// The text of one input file, kept so renderers can quote the offending line.
public struct SourceFile: Sendable {
    /// The path as given by the user.
    public let path: String
    /// The full text.
    public let text: String
    private let lineStarts: [String.Index]

    /// Creates a source file from its path and text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        var starts = [text.startIndex]
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "\n" || text[index] == "\r\n" { starts.append(next) }
            index = next
        }
        self.lineStarts = starts
    }

    /// The text of 1-based line `number`, without its line break; `nil` past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : text.endIndex
        while end > start, let last = text[..<end].last, last == "\n" || last == "\r\n" || last == "\r" {
            end = text.index(before: end)
        }
        return text[start..<end]
    }
}
