import Foundation

extension OutputFile {
    /// A regular file as the system knows it: the same pair means the same file, whatever the
    /// path that names it (`x`, `./x`, a symbolic or a hard link).
    struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64

        /// The identity of the regular file `path` names (links followed), or `nil` when there
        /// is none (missing, or a device, a pipe or a directory).
        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// Refuses to write `path` when it is the same file as one of `inputs`: the output would
    /// replace the input. Prints `error: cannot write PATH: it is the input file INPUT…` and
    /// throws exit status 2.
    static func refuseInputs(_ path: String, _ inputs: [String]) throws {
        guard let target = FileIdentity(path: path) else { return }
        for input in inputs where FileIdentity(path: input) == target {
            throw StandardStreams.cannotWrite(
                path, reason: "it is the input file \(input), which the output would replace; name another output file")
        }
    }
}
