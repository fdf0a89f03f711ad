import CICU

/// Bytes of a file turned into text: BOMs, UTF-16/32, and legacy charsets detected with ICU.
public enum TextDecoder {
    public struct Decoded: Sendable {
        public let text: String
        /// Name of the encoding the bytes were read as ("UTF-8", "UTF-16LE", "windows-1252"...).
        public let encoding: String
    }

    public enum Failure: Error, Equatable, Sendable {
        case empty
        case binary
        case undecodable(String)
        case unknownEncoding(String)
    }

    /// Decodes `bytes`, preferring `declared` (a charset named by the user or the HTML).
    public static func decode(_ bytes: [UInt8], declared: String? = nil) throws(Failure) -> Decoded {
        if bytes.isEmpty { throw .empty }
        if let declared, !declared.isEmpty {
            let name = declared.uppercased()
            if name == "UTF-8" || name == "UTF8" {
                if let text = utf8String(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes) {
                    return Decoded(text: text, encoding: "UTF-8")
                }
                throw .undecodable("not valid UTF-8")
            }
            return Decoded(text: try convert(bytes, from: declared, throwing: true), encoding: declared)
        }
        if let decoded = try decodeByBOM(bytes) { return decoded }
        // NUL bytes are valid UTF-8 but no text file has them: UTF-16 without a BOM, or binary.
        if bytes.prefix(8192).contains(0) {
            if let utf16 = sniffUTF16WithoutBOM(bytes) { return utf16 }
            throw .binary
        }
        if let text = utf8String(bytes) { return Decoded(text: text, encoding: "UTF-8") }
        if looksBinary(bytes) { throw .binary }
        return try decodeLegacy(bytes)
    }

    private static func utf8String(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    private static func decodeByBOM(_ bytes: [UInt8]) throws(Failure) -> Decoded? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = utf8String(Array(bytes.dropFirst(3))) else {
                throw .undecodable("starts with a UTF-8 byte order mark but is not valid UTF-8")
            }
            return Decoded(text: text, encoding: "UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return Decoded(text: try convert(Array(bytes.dropFirst(4)), from: "UTF-32LE", throwing: true), encoding: "UTF-32LE")
        }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return Decoded(text: try convert(Array(bytes.dropFirst(4)), from: "UTF-32BE", throwing: true), encoding: "UTF-32BE")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(text: try convert(Array(bytes.dropFirst(2)), from: "UTF-16LE", throwing: true), encoding: "UTF-16LE")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: try convert(Array(bytes.dropFirst(2)), from: "UTF-16BE", throwing: true), encoding: "UTF-16BE")
        }
        return nil
    }

    /// UTF-16 text without a BOM shows as zero bytes in every other position for Latin text.
    private static func sniffUTF16WithoutBOM(_ bytes: [UInt8]) -> Decoded? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        let sample = bytes.prefix(4096)
        var evenZeros = 0, oddZeros = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = sample.count / 2
        let encoding: String
        if oddZeros > pairs / 3 && evenZeros == 0 { encoding = "UTF-16LE" }
        else if evenZeros > pairs / 3 && oddZeros == 0 { encoding = "UTF-16BE" }
        else { return nil }
        guard let text = try? convert(bytes, from: encoding, throwing: true) else { return nil }
        return Decoded(text: text, encoding: encoding)
    }

    /// Binary data: NUL bytes or many control characters that no text encoding uses.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var controls = 0
        for b in sample {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        return controls * 20 > sample.count
    }

    /// Legacy single- and multi-byte charsets, as ICU's detector guesses them. ICU has no
    /// detector for TIS-620, so Thai bytes are recognised by their range here.
    private static func decodeLegacy(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if looksLikeTIS620(bytes), let text = try? convert(bytes, from: "TIS-620", throwing: true) {
            return Decoded(text: text, encoding: "TIS-620")
        }
        var name = [CChar](repeating: 0, count: 64)
        let sampleCount = min(bytes.count, 1 << 20)
        let confidence = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: sampleCount) {
                pa_detect_charset($0, Int32(sampleCount), nil, &name, Int32(name.count))
            }
        }
        guard confidence >= 10 else { throw .undecodable("not UTF-8 and no known encoding detected") }
        var charset = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // ICU reports ISO-8859-1 for Windows-1252 text without C1 bytes; 1252 is a superset.
        if charset == "ISO-8859-1" { charset = "windows-1252" }
        if charset.hasPrefix("UTF-") { throw .undecodable("invalid \(charset) byte sequence") }
        return Decoded(text: try convert(bytes, from: charset, throwing: true), encoding: charset)
    }

    /// TIS-620 Thai: high bytes all in the Thai block, and every above/below vowel or tone
    /// mark placed after a consonant (or another mark), which Cyrillic, CJK or Latin-1 bytes
    /// read as TIS-620 almost never are.
    private static func looksLikeTIS620(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(1 << 16)
        var high = 0, marks = 0, misplaced = 0
        var previous: UInt8 = 0
        for b in sample {
            if b >= 0x80 {
                high += 1
                if !((0xA1...0xDA).contains(b) || (0xDF...0xFB).contains(b)) { return false }
                let isMark = b == 0xD1 || (0xD4...0xDA).contains(b) || (0xE7...0xEE).contains(b)
                if isMark {
                    marks += 1
                    let afterConsonant = (0xA1...0xCE).contains(previous) || previous == 0xD1
                        || (0xD4...0xDA).contains(previous) || (0xE7...0xEE).contains(previous)
                    if !afterConsonant { misplaced += 1 }
                }
            }
            previous = b
        }
        return high > 16 && marks > 4 && misplaced * 50 <= marks && high * 3 > sample.count
    }

    /// Converts bytes from a named charset with ICU, failing on illegal sequences.
    public static func convert(_ bytes: [UInt8], from charset: String, throwing: Bool) throws(Failure) -> String {
        if bytes.isEmpty { return "" }
        let capacity = Int64(bytes.count) * 3 + 16
        var output = [CChar](repeating: 0, count: Int(capacity))
        let written = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                pa_convert_to_utf8(charset, $0, Int64(bytes.count), &output, capacity)
            }
        }
        if written == -2 { throw .undecodable("invalid \(charset) byte sequence") }
        if written < 0 { throw .unknownEncoding(charset) }
        return String(decoding: output[..<Int(min(written, capacity))].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
