import ArgumentParser

/// What the shell offers after each kind of file argument (bash, zsh and fish scripts from
/// `leadpact --generate-completion-script SHELL`): every option that names a file declares one
/// of these, so the scripts complete file names instead of nothing.
extension CompletionKind {
    /// A contract (`*.sla.yaml`), a trust file or a sign-off file: YAML files and directories.
    static var yamlFile: CompletionKind { .file(extensions: ["yaml", "yml"]) }

    /// A private key written by `leadpact keys new` (`NAME.key`).
    static var keyFile: CompletionKind { .file(extensions: ["key"]) }

    /// An event log, or a file to write: any file, since the name is the user's to choose.
    static var anyFile: CompletionKind { .file() }
}
