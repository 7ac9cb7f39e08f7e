import Foundation
import Testing

/// Compares renderer output with the golden files in `fixtures/diagnostics-rendering/`.
/// With `LEADPACT_RECORD=1` the golden file is rewritten instead, and the test fails so that
/// a recording run is never mistaken for a passing one.
enum GoldenFile {
    /// How the output is compared with the golden file.
    enum Comparison {
        /// Byte for byte.
        case exact
        /// As parsed JSON values, so key order and spacing do not matter.
        case json
    }

    static let directory: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("fixtures/diagnostics-rendering")
    }()

    /// Checks `actual` against the golden file `name`.
    static func verify(_ actual: String, against name: String, comparison: Comparison,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["LEADPACT_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record("recorded \(name); run again without LEADPACT_RECORD to check it", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(url.path); record it with LEADPACT_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        switch comparison {
        case .exact:
            #expect(actual == expected, "differs from \(name)", sourceLocation: sourceLocation)
        case .json:
            let decoder = JSONDecoder()
            let actualValue = try decoder.decode(JSONValue.self, from: Data(actual.utf8))
            let expectedValue = try decoder.decode(JSONValue.self, from: Data(expected.utf8))
            if let path = actualValue.firstDifference(from: expectedValue, at: "$") {
                Issue.record("differs from \(name) at \(path)", sourceLocation: sourceLocation)
            }
        }
    }
}

/// Any JSON value, compared structurally.
enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The path of the first place where this value differs from `other`, or `nil` if equal.
    func firstDifference(from other: JSONValue, at path: String) -> String? {
        switch (self, other) {
        case (.object(let mine), .object(let theirs)):
            for key in Set(mine.keys).union(theirs.keys).sorted() {
                guard let left = mine[key], let right = theirs[key] else { return "\(path).\(key)" }
                if let found = left.firstDifference(from: right, at: "\(path).\(key)") { return found }
            }
            return nil
        case (.array(let mine), .array(let theirs)):
            for (index, pair) in zip(mine, theirs).enumerated() {
                if let found = pair.0.firstDifference(from: pair.1, at: "\(path)[\(index)]") { return found }
            }
            return mine.count == theirs.count ? nil : "\(path) (\(mine.count) items, expected \(theirs.count))"
        default:
            return self == other ? nil : "\(path): \(self) instead of \(other)"
        }
    }

    /// The value under `key`, if this is an object.
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The item at `index`, if this is an array that long.
    subscript(index: Int) -> JSONValue? {
        if case .array(let items) = self, items.indices.contains(index) { return items[index] }
        return nil
    }
}
