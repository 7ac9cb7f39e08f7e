/// Values a command keeps until the process exits.
enum ProcessLifetime {
    /// Keeps `value` alive until the process exits. A command that is done with a large value
    /// (a year's breaches) and is about to exit skips freeing it piece by piece, which takes
    /// longer than the exit that frees all memory at once.
    static func keep<T>(_ value: consuming T) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    private final class Kept<T> {
        let value: T

        init(_ value: consuming T) { self.value = value }
    }
}
