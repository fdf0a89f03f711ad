import Foundation

/// `classify --jsonl`: JSON Lines in, labels out in input order. Lines are read in
/// batches, classified on all workers (one analyzer each, so no ICU iterator is shared),
/// and written with one write per batch before the next batch is read. Memory is the read
/// buffer, one batch and the longest line, however long the stream; time is linear in
/// its bytes.
public final class SegmentStream {
    /// What a run read: the command fails when every line did.
    public struct Tally: Sendable, Equatable {
        public var lines = 0
        public var failed = 0
    }

    public static let defaultMaxLineBytes = 16 << 20

    public let lexicons: LexiconSet
    public let defaultLanguage: String?
    public let workers: Int
    /// A longer line gives an error row and is skipped unread.
    public let maxLineBytes: Int
    /// A batch ends at this many lines or bytes, whichever comes first (but holds at least
    /// one line): enough work for every worker, little memory.
    public var batchLines = 2048
    public var batchBytes = 4 << 20

    public init(lexicons: LexiconSet, defaultLanguage: String?, workers: Int, maxLineBytes: Int = defaultMaxLineBytes) {
        self.lexicons = lexicons
        self.defaultLanguage = defaultLanguage
        self.workers = max(1, workers)
        self.maxLineBytes = max(1, maxLineBytes)
    }

    /// Classifies every line of `input` (named `name` in errors) and hands each batch's
    /// rows to `write`, in input order.
    public func run(input: FileHandle, name: String,
                    write: (UnsafeRawBufferPointer) throws(PolicyError) -> Void) throws(PolicyError) -> Tally {
        var analyzers: [PolicyAnalyzer] = []
        do {
            for _ in 0..<workers { analyzers.append(try PolicyAnalyzer(lexicons: lexicons)) }
        } catch {
            throw PolicyError(.badData, "cannot start the classifier: \(error)")
        }
        var reader = LineReader(descriptor: input.fileDescriptor, name: name, maxLineBytes: maxLineBytes)
        var batch = Batch()
        var output: [UInt8] = []
        var tally = Tally()
        while true {
            batch.removeAll()
            while batch.lines.count < batchLines, batch.bytes.count < batchBytes {
                let start = batch.bytes.count
                guard let end = try reader.nextLine(appendingTo: &batch.bytes) else { break }
                tally.lines += 1
                batch.lines.append(Batch.Line(number: tally.lines, bytes: start..<batch.bytes.count, tooLong: end == .tooLong))
            }
            if batch.lines.isEmpty { break }
            let rows = rows(for: batch, analyzers: analyzers)
            output.removeAll(keepingCapacity: true)
            for row in rows {
                output.append(contentsOf: row.bytes)
                if row.failed { tally.failed += 1 }
            }
            let failure = output.withUnsafeBytes { buffer -> PolicyError? in
                do throws(PolicyError) { try write(buffer) } catch { return error }
                return nil
            }
            if let failure { throw failure }
        }
        return tally
    }

    /// Lines of input kept together in one buffer, so a batch costs no allocation per line.
    struct Batch {
        struct Line {
            let number: Int
            let bytes: Range<Int>
            let tooLong: Bool
        }
        var bytes: [UInt8] = []
        var lines: [Line] = []

        mutating func removeAll() {
            bytes.removeAll(keepingCapacity: true)
            lines.removeAll(keepingCapacity: true)
        }
    }

    struct Row {
        var bytes: [UInt8]
        var failed: Bool
    }

    private func rows(for batch: Batch, analyzers: [PolicyAnalyzer]) -> [Row] {
        var rows = [Row](repeating: Row(bytes: [], failed: false), count: batch.lines.count)
        let workers = min(analyzers.count, batch.lines.count)
        batch.bytes.withUnsafeBufferPointer { bytes in
            rows.withUnsafeMutableBufferPointer { output in
                let output = output
                // Interleaved rather than in blocks: one long line does not hold up a
                // whole block of the batch on one worker.
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    for index in stride(from: worker, to: batch.lines.count, by: workers) {
                        let line = batch.lines[index]
                        output[index] = line.tooLong
                            ? failure(nil, line.number, "line longer than --max-line (\(maxLineBytes) bytes)")
                            : classify(UnsafeBufferPointer(rebasing: bytes[line.bytes]), line: line.number, analyzer: analyzers[worker])
                    }
                }
            }
        }
        return rows
    }

    /// The output row of one input line.
    func classify(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, analyzer: PolicyAnalyzer) -> Row {
        var bytes = bytes
        // A byte order mark left by an editor opens the stream, not the JSON.
        if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) }
        if bytes.allSatisfy(SegmentParser.isWhitespace) { return failure(nil, line, "blank line") }
        let segment: SegmentParser.Segment
        do {
            segment = try SegmentParser.parse(bytes)
        } catch {
            return failure(nil, line, error.message)
        }
        let id: SegmentID?
        switch segment.id {
        case .absent, .null: id = nil
        case .string(let text): id = .string(text)
        case .number(let text): id = .number(text)
        case .other: return failure(nil, line, "\"id\" is neither a string nor a number")
        }
        let text: String
        switch segment.text {
        case .string(let value): text = value
        case .absent, .null: return failure(id, line, "missing \"text\"")
        case .number, .other: return failure(id, line, "\"text\" is not a string")
        }
        let code: String?
        switch segment.lang {
        case .string(let value): code = value == "auto" ? nil : value
        case .absent, .null: code = defaultLanguage
        case .number, .other: return failure(id, line, "\"lang\" is not a string")
        }
        let language: String
        if let code {
            guard let resolved = lexicons.resolve(code) else { return failure(id, line, "unknown language code `\(code)`") }
            language = resolved
        } else {
            language = analyzer.identify(text: text).language
        }
        var result = Classification.other(sections: lexicons.taxonomy.entries.count)
        if let classifier = analyzer.classifier(for: language) {
            // A short single line is read as a heading ("Data Retention"), anything longer
            // as text. The length is checked first, on a prefix, so a huge text costs nothing here.
            let isHeading = text.prefix(91).count <= 90 && !text.contains("\n")
                && text.split(whereSeparator: { $0.isWhitespace }).count <= 12
            result = isHeading ? classifier.classify(heading: text, body: "") : classifier.classify(heading: nil, body: text)
        }
        var row = RowWriter()
        row.raw("{\"confidence\":")
        row.number(result.confidence)
        row.raw(",\"id\":")
        row.id(id)
        row.raw(",\"label\":")
        row.string(result.label)
        row.raw(",\"labels\":[")
        for (index, label) in result.labels.enumerated() {
            if index > 0 { row.raw(",") }
            row.string(label)
        }
        row.raw("],\"language\":")
        row.string(language)
        row.raw("}\n")
        return Row(bytes: row.bytes, failed: false)
    }

    private func failure(_ id: SegmentID?, _ line: Int, _ message: String) -> Row {
        var row = RowWriter()
        row.raw("{\"error\":")
        row.string(message)
        row.raw(",\"id\":")
        row.id(id)
        row.raw(",\"line\":\(line)}\n")
        return Row(bytes: row.bytes, failed: true)
    }
}

/// Ids may be strings or numbers; they are echoed as given, numbers as their JSON text
/// (a Double would round 12345678901234567890 and rewrite -0.5e3).
enum SegmentID: Equatable {
    case string(String)
    case number(String)
}

/// One output row, written by hand so that an id's number text passes through untouched.
/// Keys are sorted and strings escaped as JSONEncoder does for the other commands.
struct RowWriter {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func id(_ id: SegmentID?) {
        switch id {
        case .none: raw("null")
        case .string(let text): string(text)
        case .number(let text): raw(text)
        }
    }

    mutating func number(_ value: Double) {
        var text = value.isFinite ? value.description : "0"
        if text.hasSuffix(".0") { text.removeLast(2) }
        raw(text)
    }

    mutating func string(_ text: String) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}

/// Reads the fields `classify` needs from one line of JSON, in one pass over its bytes,
/// validating the whole line as JSON (and its strings as UTF-8) without building the
/// values it does not need. Nesting is limited so that a line of brackets cannot exhaust
/// a worker's stack.
struct SegmentParser {
    struct Malformed: Error {
        let message: String
    }

    enum Value: Equatable {
        case absent
        case null
        case string(String)
        /// The number's JSON text, as written.
        case number(String)
        /// Any other JSON value.
        case other
    }

    struct Segment {
        var id = Value.absent
        var text = Value.absent
        var lang = Value.absent
    }

    static let maximumDepth = 256
    /// The members read, in the order of `Segment`'s fields; the last of a repeated key wins.
    private static let fields = [Array("id".utf8), Array("text".utf8), Array("lang".utf8)]

    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Malformed) -> Segment {
        var parser = SegmentParser(bytes: bytes)
        parser.skipWhitespace()
        guard parser.peek == UInt8(ascii: "{") else {
            // Valid JSON of another kind deserves a clearer message than "malformed".
            _ = try parser.value(capturing: false, depth: 0)
            parser.skipWhitespace()
            guard parser.position == bytes.count else { throw Malformed(message: "malformed JSON") }
            throw Malformed(message: "not a JSON object")
        }
        let segment = try parser.object()
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw Malformed(message: "malformed JSON") }
        return segment
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The last string read, unescaped; reused from string to string.
    private var scratch: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private var malformed: Malformed { Malformed(message: "malformed JSON") }

    private mutating func skipWhitespace() {
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
    }

    private mutating func expect(_ character: Unicode.Scalar) throws(Malformed) {
        skipWhitespace()
        guard peek == UInt8(ascii: character) else { throw malformed }
        position += 1
    }

    /// The top-level object: the three fields read, every other member validated and dropped.
    private mutating func object() throws(Malformed) -> Segment {
        var segment = Segment()
        position += 1
        skipWhitespace()
        if peek == UInt8(ascii: "}") { position += 1; return segment }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw malformed }
            try string()
            let field = Self.fields.firstIndex(of: scratch)
            try expect(":")
            skipWhitespace()
            let found = try value(capturing: field != nil, depth: 1)
            switch field {
            case 0: segment.id = found
            case 1: segment.text = found
            case 2: segment.lang = found
            default: break
            }
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return segment
            default: throw malformed
            }
        }
    }

    private mutating func value(capturing: Bool, depth: Int) throws(Malformed) -> Value {
        guard let byte = peek else { throw malformed }
        switch byte {
        case UInt8(ascii: "\""):
            try string()
            return capturing ? .string(String(decoding: scratch, as: UTF8.self)) : .other
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = position
            try number()
            return capturing ? .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)) : .other
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "t"): try literal("true"); return .other
        case UInt8(ascii: "f"): try literal("false"); return .other
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            guard depth < Self.maximumDepth else { throw Malformed(message: "JSON nested deeper than \(Self.maximumDepth) levels") }
            try container(depth: depth + 1)
            return .other
        default: throw malformed
        }
    }

    /// Validates an array or object below the top level.
    private mutating func container(depth: Int) throws(Malformed) {
        let isObject = bytes[position] == UInt8(ascii: "{")
        let close = UInt8(ascii: isObject ? "}" : "]")
        position += 1
        skipWhitespace()
        if peek == close { position += 1; return }
        while true {
            skipWhitespace()
            if isObject {
                guard peek == UInt8(ascii: "\"") else { throw malformed }
                try string()
                try expect(":")
                skipWhitespace()
            }
            _ = try value(capturing: false, depth: depth)
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): position += 1
            case close: position += 1; return
            default: throw malformed
            }
        }
    }

    private mutating func literal(_ word: StaticString) throws(Malformed) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw malformed }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { throw malformed }
        position += count
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func number() throws(Malformed) {
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { (0x30...0x39).contains($0) } ?? false }
        if peek == UInt8(ascii: "-") { position += 1 }
        guard isDigit(peek) else { throw malformed }
        if peek == UInt8(ascii: "0") { position += 1 } else { while isDigit(peek) { position += 1 } }
        if peek == UInt8(ascii: ".") {
            position += 1
            guard isDigit(peek) else { throw malformed }
            while isDigit(peek) { position += 1 }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            guard isDigit(peek) else { throw malformed }
            while isDigit(peek) { position += 1 }
        }
    }

    /// Reads the string at `position` into `scratch`, unescaped.
    private mutating func string() throws(Malformed) {
        scratch.removeAll(keepingCapacity: true)
        position += 1
        while true {
            // Plain bytes are copied a run at a time.
            let start = position
            while position < bytes.count, bytes[position] >= 0x20, bytes[position] < 0x80,
                  bytes[position] != 0x22, bytes[position] != 0x5C { position += 1 }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
            guard let byte = peek else { throw malformed }
            switch byte {
            case 0x22:
                position += 1
                return
            case 0x5C:
                try escape()
            case 0..<0x20:
                throw malformed
            default:
                guard let length = Self.sequenceLength(bytes, at: position) else {
                    throw Malformed(message: "not UTF-8")
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<position + length]))
                position += length
            }
        }
    }

    private mutating func escape() throws(Malformed) {
        guard position + 1 < bytes.count else { throw malformed }
        let letter = bytes[position + 1]
        position += 2
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(letter)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hexQuad()
            if (0xD800...0xDBFF).contains(code) {
                // A high surrogate is one half of a pair written as two escapes.
                guard position + 1 < bytes.count, bytes[position] == 0x5C, bytes[position + 1] == UInt8(ascii: "u") else { throw malformed }
                position += 2
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw malformed }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw malformed }
            scratch.append(contentsOf: Character(scalar).utf8)
        default:
            throw malformed
        }
    }

    private mutating func hexQuad() throws(Malformed) -> UInt32 {
        guard position + 4 <= bytes.count else { throw malformed }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw malformed
            }
            code = code << 4 | UInt32(digit)
            position += 1
        }
        return code
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or nil: overlong forms,
    /// surrogates and code points past U+10FFFF are not well formed (Unicode, table 3-7).
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch bytes[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; second = 0x80...0x8F
        default: return nil
        }
        guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return nil }
        return length
    }
}

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
