import Foundation

/// Writes bytes to an open file descriptor with checked writes: every byte (a short write is
/// continued, an interrupted one retried), and the first failure kept with its reason. After a
/// failure the rest is dropped, so a command can finish and then report one error.
///
/// `FileHandle.write(_:)` traps on a failed write and `print` drops it silently; commands
/// write through this instead.
final class DescriptorWriter {
    /// The descriptor written to.
    let descriptor: Int32
    /// Why a write failed (`strerror` text), or `nil` while every write succeeded.
    private(set) var failure: String?

    /// A writer to `descriptor`, which stays open and owned by the caller.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes `bytes`, unless an earlier write failed.
    func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = Foundation.write(descriptor, next, left)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                failure = String(cString: strerror(written < 0 ? errno : EIO))
                return
            }
            next += written
            left -= written
        }
    }

    /// Writes `text` as UTF-8.
    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }
}
