import Foundation

/// Reads lines with read(2) into one fixed buffer and finds their ends with memchr: time
/// is linear in the input and memory is the buffer plus the line being read. The last line
/// ends with the input, newline or not.
struct LineReader {
    enum End: Equatable {
        case complete
        /// Longer than the limit: what was read of it is dropped, the rest skipped unread.
        case tooLong
    }

    private let descriptor: Int32
    private let name: String
    private let maxLineBytes: Int
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0

    init(descriptor: Int32, name: String, maxLineBytes: Int) {
        self.descriptor = descriptor
        self.name = name
        self.maxLineBytes = maxLineBytes
    }

    /// Appends the next line's bytes (without its newline) to `line`; nil at the end of input.
    mutating func nextLine(appendingTo line: inout [UInt8]) throws(PolicyError) -> End? {
        let lineStart = line.count
        var tooLong = false
        if start == end, try !refill() { return nil }
        while true {
            let newline = buffer.withUnsafeBytes { bytes -> Int? in
                guard let found = memchr(bytes.baseAddress! + start, 0x0A, end - start) else { return nil }
                return UnsafeRawPointer(found) - bytes.baseAddress!
            }
            let stop = newline ?? end
            if !tooLong {
                if line.count - lineStart + (stop - start) > maxLineBytes {
                    tooLong = true
                    line.removeSubrange(lineStart...)
                } else {
                    line.append(contentsOf: buffer[start..<stop])
                }
            }
            if let newline {
                start = newline + 1
                return tooLong ? .tooLong : .complete
            }
            start = end
            if try !refill() { return tooLong ? .tooLong : .complete }
        }
    }

    /// True when no unread byte is buffered and the input has none ready: reading would
    /// wait for the producer. A regular file is always ready.
    func wouldWait() -> Bool {
        guard start == end else { return false }
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&ready, 1, 0) == 0
    }

    private mutating func refill() throws(PolicyError) -> Bool {
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                start = 0
                end = count
                return true
            }
            if count == 0 { return false }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN {
                // Standard input left non-blocking by the caller: wait for data.
                var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&waiting, 1, -1)
                continue
            }
            throw PolicyError(.noInput, "\(name): cannot be read (\(String(cString: strerror(code))))")
        }
    }
}
