import Foundation

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
        var heading = Value.absent
    }

    static let maximumDepth = 256
    /// The members read, in the order of `Segment`'s fields; the last of a repeated key wins.
    private static let fields = [Array("id".utf8), Array("text".utf8), Array("lang".utf8), Array("heading".utf8)]

    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where !isWhitespace(byte) { return false }
        return true
    }

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

    /// The top-level object: the four fields read, every other member validated and dropped.
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
            case 3: segment.heading = found
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
