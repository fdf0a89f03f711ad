import Foundation

/// Writes to standard output with write(2), so that a failing stdout ends the run with one
/// line and the output exit code (73) instead of a crash inside FileHandle. A reader that
/// went away (EPIPE) ends the run the way Unix filters end: by SIGPIPE, silently.
public enum StandardOutput {
    public static func write(_ text: String) throws(PolicyError) {
        var text = text
        let failure = text.withUTF8 { buffer in capture { () throws(PolicyError) in try write(UnsafeRawBufferPointer(buffer)) } }
        if let failure { throw failure }
    }

    public static func write(_ data: Data) throws(PolicyError) {
        let failure = data.withUnsafeBytes { buffer in capture { () throws(PolicyError) in try write(buffer) } }
        if let failure { throw failure }
    }

    /// The error `body` throws, as a value: the standard library's buffer closures rethrow untyped.
    private static func capture(_ body: () throws(PolicyError) -> Void) -> PolicyError? {
        do { try body() } catch { return error }
        return nil
    }

    public static func write(_ buffer: UnsafeRawBufferPointer) throws(PolicyError) {
        guard let code = Descriptor.writeAll(buffer, to: STDOUT_FILENO) else { return }
        if code == EPIPE {
            TemporaryFiles.shared.removeAll()
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        throw PolicyError(.cannotCreate, "standard output: \(String(cString: strerror(code)))")
    }
}

/// write(2) until all is written, through interruptions and partial writes.
enum Descriptor {
    /// nil when all was written, else the errno that stopped it.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard var pointer = buffer.baseAddress else { return nil }
        var left = buffer.count
        while left > 0 {
            let written = Glibc.write(descriptor, pointer, left)
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return errno
            }
            pointer += written
            left -= written
        }
        return nil
    }
}

/// Standard streams a parent closed (`policyalign ... >&-`). Their descriptors are taken by
/// /dev/null opened read-only before anything else is opened: otherwise the first input file
/// would get descriptor 1 and the report would be written into it. Writes then fail (EBADF),
/// and the run ends with the output error, as on any failing stdout.
public enum StandardStreams {
    public static func reserveClosed() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let placeholder = open("/dev/null", O_RDONLY)
            if placeholder >= 0 && placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
    }
}
