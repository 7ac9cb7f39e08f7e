import Foundation

/// Facts about the terminal the command runs in.
enum Terminal {
    /// Whether `handle` is an interactive terminal (colour is used only then), and the
    /// `NO_COLOR` convention does not ask for plain output.
    static func isTerminal(_ handle: FileHandle) -> Bool {
        guard ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true else { return false }
        return isatty(handle.fileDescriptor) == 1
    }

    /// The columns text written to `handle` should fit in: `asked` (a `--width`) when given;
    /// otherwise, when `handle` is a terminal, its width (or `$COLUMNS` when the terminal does
    /// not say); otherwise `nil`, and lines are left as long as they are.
    static func width(of handle: FileHandle, asked: Int? = nil) -> Int? {
        if let asked { return asked }
        guard isatty(handle.fileDescriptor) == 1 else { return nil }
        var size = winsize()
        if ioctl(handle.fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    /// The narrowest `--width` accepted.
    static let narrowestWidth = 20
}
