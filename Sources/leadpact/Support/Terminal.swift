import Foundation

/// Facts about the terminal the command runs in.
enum Terminal {
    /// Whether `handle` is an interactive terminal (colour is used only then), and the
    /// `NO_COLOR` convention does not ask for plain output.
    static func isTerminal(_ handle: FileHandle) -> Bool {
        guard ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true else { return false }
        return isatty(handle.fileDescriptor) == 1
    }
}
