import Foundation

/// Reads the small files the tool opens for itself (lexicons, keep list, project file,
/// baseline) with a type and size check first: a FIFO met in a folder would hang the run and
/// a link to /dev/zero would never end. A FIFO or device named on the command line is read,
/// as grep reads one, but still only up to the limit.
public enum FileBytes {
    public static func read(_ path: String, limit: Int, what: String, namedByUser: Bool = false) throws(PolicyError) -> [UInt8] {
        switch FileStatus(path) {
        case .unavailable(let code):
            throw PolicyError(.noInput, "\(path): \(what) cannot be read (\(FileStatus.reason(code)))")
        case .regular(let status):
            guard Int(status.st_size) <= limit else {
                throw PolicyError(.badData, "\(path): \(what) is \(status.st_size >> 10) KB, over the \(limit >> 10) KB limit")
            }
        case .folder:
            throw PolicyError(.noInput, "\(path): \(what) is a folder, not a file")
        case .special:
            guard namedByUser else {
                throw PolicyError(.noInput, "\(path): \(what) is not a regular file (a FIFO, device or socket)")
            }
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw PolicyError(.noInput, "\(path): \(what) cannot be read (\(String(cString: strerror(errno))))") }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw PolicyError(.noInput, "\(path): \(what) cannot be read (\(String(cString: strerror(errno))))")
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
            if bytes.count > limit { throw PolicyError(.badData, "\(path): \(what) is over the \(limit >> 10) KB limit") }
        }
        return bytes
    }
}
