import Foundation
import LeadpactDiagnostics

extension SignoffFile {
    /// The first lines of a new sign-off file.
    static let header = """
        # Sign-offs of this contract, appended by `leadpact sign` and checked by `leadpact verify`.
        # Do not edit the entries: an edited entry no longer verifies. Old entries are the history.
        signatures:

        """

    /// Appends `record` to the sign-off file at `path`, creating it when missing. Refuses to
    /// touch a malformed file, and checks that the result reads back with the new record last.
    public static func append(_ record: SignoffRecord, toPath path: String) throws {
        var text = ""
        var before = 0
        if FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SignoffError.unreadable(path: path, reason: "permission denied or not a file")
            }
            let existing = parse(bytes: Array(data), path: path)
            if existing.diagnostics.contains(where: { $0.severity == .error }) {
                throw SignoffError.invalidSignoffFile(path: path, diagnostics: existing.diagnostics)
            }
            text = String(decoding: data, as: UTF8.self)
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
            if !existing.hasSignaturesList {
                text += header
            }
            before = existing.entries.count
        } else {
            text = header
        }
        text += record.yamlItem
        let result = parse(bytes: Array(text.utf8), path: path)
        guard !result.diagnostics.contains(where: { $0.severity == .error }), result.entries.count == before + 1,
              result.entries.last?.record == record
        else {
            throw SignoffError.invalidSignoffFile(path: path, diagnostics: result.diagnostics)
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw SignoffError.unwritable(path: path, reason: error.localizedDescription)
        }
    }
}
