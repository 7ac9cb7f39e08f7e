import LeadpactCalendar
import LeadpactDiagnostics

extension ContractPath {
    /// The path as a user reads it in messages: `sales.sequence.touches`, `marketing.volume[1].mqls`.
    var display: String {
        var text = ""
        for component in self {
            if !component.isEmpty, component.allSatisfy(\.isNumber) {
                text += "[\(component)]"
            } else {
                text += text.isEmpty ? component : ".\(component)"
            }
        }
        return text.isEmpty ? "the contract" : text
    }

    /// The path one key deeper.
    func appending(_ component: String) -> ContractPath { self + [component] }

    /// The path one list item deeper.
    func appending(index: Int) -> ContractPath { self + [String(index)] }
}
