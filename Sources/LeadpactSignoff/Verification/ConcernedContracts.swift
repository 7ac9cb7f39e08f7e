import Foundation

/// The contracts a changed file concerns, for a check handed the files a commit changes (a
/// pre-commit hook): a sign-off file or a trust file can break a contract's sign-off without
/// touching the contract, so the contract is what gets checked.
///
/// - a sign-off file (`acme.sla.signoff.yaml`) concerns its contract (`acme.sla.yaml`, or
///   `acme.sla.yml` when only that exists);
/// - a trust file (`trusted-keys.yaml`) concerns every contract (`*.sla.yaml`, `*.sla.yml`) in
///   its directory, the contracts it speaks for by default;
/// - any other file is a contract itself.
public enum ConcernedContracts {
    /// The contracts `files` concern, each once, in the order the files name them.
    public static func paths(for files: [String]) -> [String] {
        var seen: Set<String> = []
        return files.flatMap(paths(for:)).filter { seen.insert($0).inserted }
    }

    /// The contracts one file concerns.
    public static func paths(for file: String) -> [String] {
        let name = (file as NSString).lastPathComponent
        if name == TrustedKeys.fileName {
            return contracts(inDirectoryOf: file)
        }
        if file.hasSuffix(SignoffFile.suffix) {
            return [SignoffFile.contractPath(forSignoffFile: file)]
        }
        return [file]
    }

    /// The contract files in the directory of `file`, sorted, named as `file` names its directory.
    static func contracts(inDirectoryOf file: String) -> [String] {
        let directory = (file as NSString).deletingLastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        return names
            .filter { name in contractSuffixes.contains { name.hasSuffix($0) } }
            .sorted()
            .map { directory.isEmpty ? $0 : (directory as NSString).appendingPathComponent($0) }
    }

    /// How contract file names end.
    static let contractSuffixes = [".sla.yaml", ".sla.yml"]
}
