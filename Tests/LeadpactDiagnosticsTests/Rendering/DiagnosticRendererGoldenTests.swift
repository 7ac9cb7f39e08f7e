import LeadpactDiagnostics
import Testing

@Suite struct DiagnosticRendererGoldenTests {
    private func render(_ format: DiagnosticFormat, colored: Bool = false) -> String {
        format.renderer(colored: colored, tool: RenderingSamples.tool, inputs: RenderingSamples.inputs)
            .render(RenderingSamples.diagnostics, sources: RenderingSamples.sources)
    }

    @Test func plainText() throws {
        try GoldenFile.verify(render(.text), against: "text.txt", comparison: .exact)
    }

    @Test func colouredText() throws {
        try GoldenFile.verify(render(.text, colored: true), against: "text-colored.txt", comparison: .exact)
    }

    @Test func json() throws {
        try GoldenFile.verify(render(.json), against: "json.json", comparison: .json)
    }

    @Test func githubWorkflowCommands() throws {
        try GoldenFile.verify(render(.github), against: "github.txt", comparison: .exact)
    }

    @Test func sarif() throws {
        try GoldenFile.verify(render(.sarif), against: "sarif.json", comparison: .json)
    }

    @Test func junit() throws {
        try GoldenFile.verify(render(.junit), against: "junit.xml", comparison: .exact)
    }
}
