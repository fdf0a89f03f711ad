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
        if Self.namesStandardStream(path) || Self.namesStandardStream(target.path) {
            // /dev/stdout and its kin are the streams themselves: written in place, never renamed over.
            try Self.writeInPlace(Data(text.utf8), to: path)
            return
        }
        try Self.atomicWrite(Data(text.utf8), to: target)
    }

    /// `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`, and `/dev/null`, the sink.
    static func namesStandardStream(_ path: String) -> Bool {
        ["/dev/stdout", "/dev/stderr", "/dev/null"].contains(path) || path.hasPrefix("/dev/fd/") || path.hasPrefix("/proc/self/fd/")
    }

    /// Replaces `target` with `data` atomically. Only a regular file is replaced, keeping its
    /// mode and owner; a device, FIFO or socket is refused, so that `--output /dev/null` run
    /// as root never turns /dev/null into a file.
    public static func atomicWrite(_ data: Data, to target: URL) throws(PolicyError) {
        let path = target.path
        let existing: stat?
        switch FileStatus(path, followingLinks: false) {
        case .regular(let status): existing = status
        case .folder: throw PolicyError(.cannotCreate, "\(path): is a folder")
        case .special: throw PolicyError(.cannotCreate, "\(path): not a regular file (a device, FIFO or socket); refusing to replace it")
        case .unavailable: existing = nil
        }
        let directory = target.deletingLastPathComponent().path
        guard case .folder = FileStatus(directory) else {
            throw PolicyError(.cannotCreate, "\(path): folder \(directory) does not exist")
        }
        let temporary = (directory as NSString).appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        // Registered before it exists: a signal at any point after this removes it.
        TemporaryFiles.shared.register(temporary)
        defer { TemporaryFiles.shared.unregister(temporary) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw PolicyError(.cannotCreate, "\(path): cannot write in \(directory) (\(String(cString: strerror(errno))))")
        }
        do throws(PolicyError) {
            try writeAll(data, to: descriptor, naming: path)
            if let existing {
                fchmod(descriptor, existing.st_mode & 0o7777)
                // Owner kept where allowed (root); otherwise the file is the runner's, as any new file.
                _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            }
            guard close(descriptor) == 0 else {
                throw PolicyError(.cannotCreate, "\(path): cannot write (\(String(cString: strerror(errno))))")
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw PolicyError(.cannotCreate, "\(path): cannot write (\(reason))")
        }
    }

    private static func writeInPlace(_ data: Data, to path: String) throws(PolicyError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw PolicyError(.cannotCreate, "\(path): cannot be opened (\(String(cString: strerror(errno))))") }
        defer { close(descriptor) }
        try writeAll(data, to: descriptor, naming: path)
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, naming path: String) throws(PolicyError) {
        if let failure = data.withUnsafeBytes({ Descriptor.writeAll($0, to: descriptor) }) {
            throw PolicyError(.cannotCreate, "\(path): cannot write (\(String(cString: strerror(failure))))")
        }
    }
}

/// Temporary files being written, removed when the process is stopped by a signal.
public final class TemporaryFiles: @unchecked Sendable {
    public static let shared = TemporaryFiles()
    private var paths: Set<String> = []
    private let lock = NSLock()
    private var sources: [DispatchSourceSignal] = []

    func register(_ path: String) { lock.lock(); paths.insert(path); lock.unlock() }
    func unregister(_ path: String) { lock.lock(); paths.remove(path); lock.unlock() }

    public func removeAll() {
        lock.lock()
        for path in paths { unlink(path) }
        paths.removeAll()
        lock.unlock()
    }

    /// The signals that end a run: each removes the temporary files, then ends the process
    /// as the signal would have. Handled on a dispatch queue, not in a signal handler, so the
    /// clean-up may take locks and call anything.
    public static let endingSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ]

    public func removeOnSignals() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for number in Self.endingSignals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global(qos: .userInitiated))
            source.setEventHandler { [unowned self] in
                self.removeAll()
                signal(number, SIG_DFL)
                raise(number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
