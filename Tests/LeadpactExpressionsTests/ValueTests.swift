import LeadpactExpressions
import Testing

@Suite struct ValueTests {
    @Test func describesValuesAsTheyAreWritten() {
        #expect(Value.string("x").description == "'x'")
        #expect(Value.enumCase("vp").description == "vp")
        #expect(FieldType.enumeration(["a", "b"]).description == "enum [a, b]")
    }
}
