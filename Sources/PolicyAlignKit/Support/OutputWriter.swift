import Foundation

/// Writes a command's output: to stdout, or to a file through a temporary file in the same
/// folder that is renamed into place, so a failed run never leaves a partial file.
public struct OutputWriter {
    public let path: String?
    /// Inputs of the run, which an output must never overwrite.
    public let inputs: [String]

    public init(path: String?, inputs: [String]) {
        self.path = path
        self.inputs = inputs
    }

    public func write(_ text: String) throws(PolicyError) {
        guard let path, path != "-" else {
            try StandardOutput.write(text)
            return
        }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
            throw PolicyError(.cannotCreate, "\(path): is an input of this run; refusing to overwrite it")
        }
        try Self.atomicWrite(Data(text.utf8), to: target)
    }

    public static func atomicWrite(_ data: Data, to target: URL) throws(PolicyError) {
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PolicyError(.cannotCreate, "\(target.path): folder \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw PolicyError(.cannotCreate, "\(target.path): cannot write in \(directory.path)")
        }
        TemporaryFiles.shared.register(temporary.path)
        defer { TemporaryFiles.shared.unregister(temporary.path) }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw PolicyError(.cannotCreate, "\(target.path): cannot write (\(reason))")
        }
    }
}

/// Temporary files being written, removed if the process is interrupted (SIGINT, SIGTERM).
public final class TemporaryFiles: @unchecked Sendable {
    public static let shared = TemporaryFiles()
    private var paths: Set<String> = []
    private let lock = NSLock()

    func register(_ path: String) { lock.lock(); paths.insert(path); lock.unlock() }
    func unregister(_ path: String) { lock.lock(); paths.remove(path); lock.unlock() }

    /// Removes what is left; called from the signal handler's dispatch source.
    public func removeAll() {
        lock.lock()
        for path in paths { unlink(path) }
        paths.removeAll()
        lock.unlock()
    }
}
