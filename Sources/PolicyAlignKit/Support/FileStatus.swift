import Foundation

/// What stat(2) says a path is: every place that must tell a regular file from a folder, a
/// FIFO, a device or a missing path asks here, and says why in the same words.
enum FileStatus {
    case regular(stat)
    case folder
    /// A FIFO, a device or a socket: never opened in a folder walk, never replaced.
    case special
    case unavailable(errno: Int32)

    /// `followingLinks: false` looks at a symbolic link itself (lstat).
    init(_ path: String, followingLinks: Bool = true) {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else {
            self = .unavailable(errno: errno)
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: self = .regular(status)
        case S_IFDIR: self = .folder
        default: self = .special
        }
    }

    /// Why a path could not be looked at, as messages say it.
    static func reason(_ code: Int32) -> String {
        code == ELOOP ? "a loop of symbolic links" : String(cString: strerror(code))
    }
}
