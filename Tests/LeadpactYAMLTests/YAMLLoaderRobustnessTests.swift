import Foundation
import LeadpactDiagnostics
import LeadpactYAML
import Testing

@Suite struct YAMLLoaderRobustnessTests {
    /// Loads ten thousand generated inputs; none may crash the loader, and every position it
    /// reports must lie inside the input.
    @Test func generatedInputsNeverCrashAndStayInsideTheDocument() {
        var generator = YAMLInputGenerator(seed: 0x1EAD_9AC7)
        let rotation: [YAMLInputGenerator.Kind] = [
            .truncation, .byteFlips, .tokenInsertions, .truncation, .aliasBomb, .byteFlips, .tokenInsertions,
            .truncation, .deepNesting, .byteFlips, .tokenInsertions, .truncation, .aliasBomb, .byteFlips,
            .tokenInsertions, .truncation,
        ]
        var outsidePositions: [String] = []
        var codes: Set<String> = []
        var unreadableRenderings: [String] = []
        for index in 0..<10_000 {
            let kind = index % 1_000 == 999 ? .hugeScalar : rotation[index % rotation.count]
            let bytes = generator.next(kind)
            let document = YAMLLoader.load(bytes: bytes, path: "gen.yaml")
            let lastLine = Self.lineCount(bytes) + 1
            for diagnostic in document.diagnostics {
                codes.insert(diagnostic.code)
                let ranges = [diagnostic.range] + diagnostic.notes.map(\.range)
                for range in ranges.compactMap({ $0 }) where !Self.contains(range, lastLine: lastLine) {
                    outsidePositions.append("input \(index) (\(kind)): \(diagnostic.code) at \(range.start)-\(range.end)")
                }
            }
            if index % 10 == 0, !document.diagnostics.isEmpty {
                unreadableRenderings += Self.unreadableRenderings(of: document)
            }
            if let root = document.root {
                var budget = 2_000
                Self.visit(root, budget: &budget) { node in
                    if !Self.contains(node.range, lastLine: lastLine) {
                        outsidePositions.append("input \(index) (\(kind)): node at \(node.range.start)-\(node.range.end)")
                    }
                }
            }
        }
        #expect(outsidePositions.prefix(20) == [])
        #expect(unreadableRenderings.prefix(5) == [])
        #expect(codes.isSuperset(of: ["LP101", "LP103", "LP105", "LP108"]))
    }

    /// Renders the document's diagnostics in every format; the formats that are JSON must
    /// parse, and the text must end with its summary line.
    private static func unreadableRenderings(of document: YAMLDocument) -> [String] {
        var problems: [String] = []
        let sources = [document.source.path: document.source]
        for format in DiagnosticFormat.allCases {
            let output = format.renderer(colored: false).render(document.diagnostics, sources: sources)
            if format == .json || format == .sarif,
               (try? JSONSerialization.jsonObject(with: Data(output.utf8))) == nil {
                problems.append("\(format) output is not JSON")
            }
            if format == .text, !output.hasSuffix("generated.\n") {
                problems.append("text output lacks its summary")
            }
        }
        return problems
    }

    private static func contains(_ range: SourceRange, lastLine: Int) -> Bool {
        let inside = { (location: LeadpactDiagnostics.SourceLocation) in
            location.line >= 1 && location.line <= lastLine && location.column >= 1
        }
        return inside(range.start) && inside(range.end) && !(range.end < range.start)
    }

    private static func visit(_ node: YAMLNode, budget: inout Int, _ check: (YAMLNode) -> Void) {
        guard budget > 0 else { return }
        budget -= 1
        check(node)
        switch node.content {
        case .scalar:
            return
        case .sequence(let items):
            for item in items { visit(item, budget: &budget, check) }
        case .mapping(let pairs):
            for pair in pairs {
                visit(pair.key, budget: &budget, check)
                visit(pair.value, budget: &budget, check)
            }
        }
    }

    /// Lines as libyaml counts them: LF, CR, CR LF, NEL, LS and PS each end one.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var lines = 1
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A:
                lines += 1
            case 0x0D:
                lines += 1
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
                lines += 1
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0xA8...0xA9).contains(bytes[index + 2]):
                lines += 1
            default:
                break
            }
            index += 1
        }
        return lines
    }
}
