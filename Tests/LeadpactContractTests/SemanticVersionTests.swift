import LeadpactContract
import Testing

@Suite struct SemanticVersionTests {
    @Test func printsPrereleaseAndBuild() {
        #expect(SemanticVersion(major: 1, minor: 4, patch: 0).description == "1.4.0")
        #expect(SemanticVersion(major: 2, minor: 0, patch: 1, prerelease: "rc.1", build: "7").description == "2.0.1-rc.1+7")
    }
}
