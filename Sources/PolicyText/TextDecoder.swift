import CICU

/// Bytes of a file turned into text: BOMs, UTF-16/32, and legacy charsets detected with ICU.
public enum TextDecoder {
    public struct Decoded: Sendable {
        public let text: String
        /// Name of the encoding the bytes were read as ("UTF-8", "UTF-16LE", "windows-1252"...).
        public let encoding: String
        /// What was not read faithfully, such as stray bytes replaced with U+FFFD.
        public var warnings: [Warning] = []
    }

    /// Something the reader of the document should know, at a 1-based line of the text.
    public struct Warning: Sendable, Equatable {
        public let line: Int
        public let message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    public enum Failure: Error, Equatable, Sendable {
        case empty
        case binary
        case undecodable(String)
        case unknownEncoding(String)
        /// A charset this reader refuses, by ICU's name for it (see `unsupportedCharsets`);
        /// `declared` when the user or the page named it, else ICU's detector did.
        case unsupportedEncoding(String, declared: Bool)
    }

    /// Decodes `bytes`, preferring `declared` (a charset named by the user or the HTML).
    public static func decode(_ bytes: [UInt8], declared: String? = nil) throws(Failure) -> Decoded {
        if bytes.isEmpty { throw .empty }
        if let declared, !declared.isEmpty {
            if let refused = unsupportedName(declared) { throw .unsupportedEncoding(refused, declared: true) }
            let name = declared.uppercased()
            if name == "UTF-8" || name == "UTF8" {
                let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
                if let decoded = decodeUTF8(body) { return decoded }
                throw .undecodable("not valid UTF-8")
            }
            return Decoded(text: try convert(bytes, from: declared, throwing: true), encoding: declared)
        }
        if let decoded = try decodeByBOM(bytes) { return decoded }
        // NUL bytes are valid UTF-8 but no text file has them: UTF-16 without a BOM, or binary.
        let sample = bytes.prefix(8192)
        if sample.contains(0) {
            if let utf16 = decodeUTF16WithoutBOM(bytes, ideographs: false) { return utf16 }
            if !isConfidentLegacyGuess(detectCharset(bytes), for: bytes),
               let utf16 = decodeUTF16WithoutBOM(bytes, ideographs: true) {
                return utf16
            }
            throw .binary
        }
        // Nor other control bytes, which UTF-16 Thai, Cyrillic or Arabic without ASCII is full of.
        if sample.contains(where: isControl), let utf16 = decodeUTF16WithoutBOM(bytes, ideographs: false) { return utf16 }
        if let decoded = decodeUTF8(bytes[...]) { return decoded }
        return try decodeLegacy(bytes)
    }

    /// Whether `bytes` read as UTF-8: valid, or valid but for a few stray bytes.
    public static func readsAsUTF8(_ bytes: [UInt8]) -> Bool {
        if String(validating: bytes, as: UTF8.self) != nil { return true }
        return UTF8Scan(bytes[...]).isMostlyValid
    }

    /// The 1-based line of the first byte that is not UTF-8, or nil when all of `bytes` is.
    public static func lineOfFirstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        return lineNumber(atOffset: UTF8Scan(bytes[...]).firstInvalidOffset ?? 0, in: bytes[...])
    }

    /// UTF-8, or UTF-8 with a few invalid bytes (a stray Latin-1 byte, a sequence cut short)
    /// replaced with U+FFFD and reported; nil when the bytes are mostly something else.
    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> Decoded? {
        if let text = String(validating: bytes, as: UTF8.self) { return Decoded(text: text, encoding: "UTF-8") }
        let scan = UTF8Scan(bytes)
        guard scan.isMostlyValid, let first = scan.firstInvalidOffset else { return nil }
        let message = scan.invalidBytes == 1
            ? "1 byte that is not UTF-8 was replaced"
            : "\(scan.invalidBytes) bytes that are not UTF-8 were replaced"
        let warning = Warning(line: lineNumber(atOffset: first, in: bytes), message: message)
        return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", warnings: [warning])
    }

    /// The 1-based line of a byte offset, counting line ends as `SourceLines` does: LF, CRLF,
    /// CR, NEL, U+2028 and U+2029.
    private static func lineNumber(atOffset offset: Int, in bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var index = bytes.startIndex
        let end = bytes.startIndex + offset
        while index < end {
            switch bytes[index] {
            case 0x0A: line += 1
            case 0x0D where index + 1 >= end || bytes[index + 1] != 0x0A: line += 1
            case 0xC2 where index + 1 < end && bytes[index + 1] == 0x85: line += 1
            case 0xE2 where index + 2 < end && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                line += 1
            default: break
            }
            index += 1
        }
        return line
    }

    private static func decodeByBOM(_ bytes: [UInt8]) throws(Failure) -> Decoded? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let decoded = decodeUTF8(bytes[3...]) else {
                throw .undecodable("starts with a UTF-8 byte order mark but is not valid UTF-8")
            }
            return decoded
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

    /// UTF-16 without a BOM, in either byte order, for any script. `ideographs` also accepts
    /// Chinese, Japanese and Korean text with little or no ASCII; call it only when ICU's detector
    /// is not sure of a legacy charset, since Shift_JIS or EUC-KR bytes can read as valid
    /// ideographs or Hangul too.
    private static func decodeUTF16WithoutBOM(_ bytes: [UInt8], ideographs: Bool) -> Decoded? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        let readings = [UTF16Reading(bytes, littleEndian: true), UTF16Reading(bytes, littleEndian: false)].compactMap { $0 }
        let chosen = UTF16Reading.choose(readings) { $0.isAlphabetic || $0.isMostlyASCII }
            ?? (ideographs ? UTF16Reading.choose(readings) { $0.isIdeographic } : nil)
        guard let chosen else { return nil }
        let encoding = chosen.littleEndian ? "UTF-16LE" : "UTF-16BE"
        guard let text = try? convert(bytes, from: encoding, throwing: true) else { return nil }
        return Decoded(text: text, encoding: encoding)
    }

    /// A control byte that text files do not use (tab, newlines, form feed and escape aside).
    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B
    }

    /// Binary data: NUL bytes or many control characters that no text encoding uses.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return true }
        return sample.filter(isControl).count * 20 > sample.count
    }

    /// ICU's guess at the charset of the first megabyte, with its confidence (0-100).
    private static func detectCharset(_ bytes: [UInt8]) -> (name: String, confidence: Int32) {
        var name = [CChar](repeating: 0, count: 64)
        let sampleCount = min(bytes.count, 1 << 20)
        let confidence = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: sampleCount) {
                pa_detect_charset($0, Int32(sampleCount), nil, &name, Int32(name.count))
            }
        }
        return (String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), confidence)
    }

    /// ICU's multi-byte detectors are sure of real Shift_JIS, GB18030, Big5 or EUC text
    /// (confidence near 100) and stay well below 80 on UTF-16 ideographs, except for guesses
    /// the bytes rule out: a 7-bit ISO-2022 charset or an EBCDIC variant with no converter.
    private static func isConfidentLegacyGuess(_ detected: (name: String, confidence: Int32), for bytes: [UInt8]) -> Bool {
        guard detected.confidence >= 80, !detected.name.hasPrefix("UTF-"), !isUnsupported(detected.name) else { return false }
        return !detected.name.hasPrefix("ISO-2022") || !bytes.contains { $0 == 0 || $0 >= 0x80 }
    }

    /// Legacy single- and multi-byte charsets, as ICU's detector guesses them. ICU has no
    /// detector for TIS-620, so Thai bytes are recognised by their range here.
    private static func decodeLegacy(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if looksLikeTIS620(bytes), let text = try? convert(bytes, from: "TIS-620", throwing: true) {
            return Decoded(text: text, encoding: "TIS-620")
        }
        let detected = detectCharset(bytes)
        if !isConfidentLegacyGuess(detected, for: bytes), let utf16 = decodeUTF16WithoutBOM(bytes, ideographs: true) {
            return utf16
        }
        if looksBinary(bytes) { throw .binary }
        guard detected.confidence >= 10 else { throw .undecodable("not UTF-8 and no known encoding detected") }
        // ICU reports ISO-8859-1 for Windows-1252 text without C1 bytes; 1252 is a superset.
        let charset = detected.name == "ISO-8859-1" ? "windows-1252" : detected.name
        if charset.hasPrefix("UTF-") { throw .undecodable("invalid \(charset) byte sequence") }
        if let name = unsupportedName(charset) { throw .unsupportedEncoding(name, declared: false) }
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

    /// Charsets ICU can open or name that are refused, by alias (compared as ICU compares
    /// names, ignoring case and punctuation) with ICU's name for them: Unicode compression
    /// schemes and UTF-7, which the web's Encoding Standard bans because their bytes can hide
    /// markup, and the EBCDIC Arabic and Hebrew text-order variants ICU's detector reports,
    /// for which ICU has no converter.
    public static let unsupportedCharsets: [String: String] = [
        "scsu": "SCSU", "ibm1212": "SCSU", "ibm1213": "SCSU",
        "bocu1": "BOCU-1", "csbocu1": "BOCU-1", "ibm1214": "BOCU-1", "ibm1215": "BOCU-1",
        "utf7": "UTF-7", "windows65000": "UTF-7", "unicode11utf7": "UTF-7", "unicode20utf7": "UTF-7",
        "imapmailboxname": "IMAP-mailbox-name",
        "ibm420ltr": "IBM420_ltr", "ibm420rtl": "IBM420_rtl", "ibm424ltr": "IBM424_ltr", "ibm424rtl": "IBM424_rtl",
    ]

    /// ICU's name for a refused charset, or nil.
    private static func unsupportedName(_ charset: String) -> String? {
        unsupportedCharsets[String(charset.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })]
    }

    private static func isUnsupported(_ charset: String) -> Bool { unsupportedName(charset) != nil }

    /// Converts bytes from a named charset with ICU, failing on illegal sequences.
    public static func convert(_ bytes: [UInt8], from charset: String, throwing: Bool) throws(Failure) -> String {
        if bytes.isEmpty { return "" }
        // Three UTF-8 bytes per input byte fit every charset but compressing ones; the
        // converter reports the length it needs when they do not, and the call is repeated.
        var capacity = Int64(bytes.count) * 3 + 16
        for _ in 0..<2 {
            var output = [CChar](repeating: 0, count: Int(capacity))
            let needed = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    pa_convert_to_utf8(charset, $0, Int64(bytes.count), &output, capacity)
                }
            }
            if needed == -2 { throw .undecodable("invalid \(charset) byte sequence") }
            if needed < 0 { throw .unknownEncoding(charset) }
            // A length comes back only once ICU has consumed the whole input (it converts
            // with flush and stops at the first error), so a result that fits is complete.
            if needed <= capacity {
                let utf8 = output[..<Int(needed)].map { UInt8(bitPattern: $0) }
                guard let text = String(validating: utf8, as: UTF8.self) else {
                    throw .undecodable("\(charset) decoding gave invalid UTF-8")
                }
                return text
            }
            capacity = needed
        }
        throw .undecodable("\(charset) decoding did not reach the end of the input")
    }
}

/// A scan of bytes as UTF-8: valid multi-byte sequences, and bytes outside any valid sequence.
private struct UTF8Scan {
    var multiByteSequences = 0
    var nonASCIIBytes = 0
    var invalidBytes = 0
    var firstInvalidOffset: Int?

    init(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length = Self.sequenceLength(bytes, at: index)
            if length > 0 {
                multiByteSequences += 1
                nonASCIIBytes += length
                index += length
            } else {
                if firstInvalidOffset == nil { firstInvalidOffset = index - bytes.startIndex }
                invalidBytes += 1
                nonASCIIBytes += 1
                index += 1
            }
        }
    }

    /// Overwhelmingly UTF-8: under 1% of the non-ASCII bytes invalid, or a handful of stray
    /// bytes that are at most a third of the non-ASCII bytes, with at least half as many
    /// valid sequences. Legacy text read as UTF-8 has almost no valid sequences and an
    /// invalid byte for nearly every letter outside ASCII.
    var isMostlyValid: Bool {
        guard multiByteSequences > 0 else { return false }
        if invalidBytes * 100 < nonASCIIBytes { return true }
        return invalidBytes <= 8 && invalidBytes <= 2 * multiByteSequences && invalidBytes * 3 <= nonASCIIBytes
    }

    /// Length of the well-formed sequence starting at `index` (Unicode's table 3-7), or 0.
    private static func sequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        func byte(_ offset: Int) -> UInt8? { index + offset < bytes.endIndex ? bytes[index + offset] : nil }
        func isContinuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            guard let b = byte(offset) else { return false }
            return range.contains(b)
        }
        switch bytes[index] {
        case 0xC2...0xDF: return isContinuation(1) ? 2 : 0
        case 0xE0: return isContinuation(1, 0xA0...0xBF) && isContinuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return isContinuation(1) && isContinuation(2) ? 3 : 0
        case 0xED: return isContinuation(1, 0x80...0x9F) && isContinuation(2) ? 3 : 0
        case 0xF0: return isContinuation(1, 0x90...0xBF) && isContinuation(2) && isContinuation(3) ? 4 : 0
        case 0xF1...0xF3: return isContinuation(1) && isContinuation(2) && isContinuation(3) ? 4 : 0
        case 0xF4: return isContinuation(1, 0x80...0x8F) && isContinuation(2) && isContinuation(3) ? 4 : 0
        default: return 0
        }
    }
}

/// Bytes read as UTF-16 in one byte order, with what tells text from misread bytes: nil when
/// the reading has an unpaired surrogate, U+FFFE or U+FFFF, or a control character other
/// than tab, CR and LF. Statistics come from the first 32,768 code units.
private struct UTF16Reading {
    let littleEndian: Bool
    private(set) var units = 0
    /// Code units below U+0080, and of them tabs, newlines and spaces.
    private(set) var ascii = 0
    private(set) var whitespace = 0
    /// Unassigned and private-use code points.
    private(set) var oddities = 0
    /// Code points above ASCII by 256-code-point block, leaving out General Punctuation
    /// (dashes, quotes) that every script uses.
    private(set) var blocks: [UInt32: Int] = [:]
    private(set) var others = 0
    private(set) var ideographs = 0
    private(set) var hangul = 0
    /// Code units whose two bytes are both ASCII letters: Latin text misread as UTF-16.
    private(set) var letterPairs = 0
    /// Low bytes of the code units counted in `blocks`.
    private(set) var lowBytes = [Int](repeating: 0, count: 256)

    init?(_ bytes: [UInt8], littleEndian: Bool) {
        self.littleEndian = littleEndian
        let count = bytes.count / 2
        let sampled = min(count, 32_768)
        func unit(_ i: Int) -> UInt32 {
            let (first, second) = (UInt32(bytes[2 * i]), UInt32(bytes[2 * i + 1]))
            return littleEndian ? first | second << 8 : first << 8 | second
        }
        var i = 0
        while i < count {
            let value = unit(i)
            let scalar: UInt32
            switch value {
            case 0xD800...0xDBFF:
                guard i + 1 < count else { return nil }
                let low = unit(i + 1)
                guard (0xDC00...0xDFFF).contains(low) else { return nil }
                scalar = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                i += 2
            case 0xDC00...0xDFFF, 0xFFFE, 0xFFFF, 0x7F...0x9F: return nil
            case 0..<0x20 where value != 0x09 && value != 0x0A && value != 0x0D: return nil
            default:
                scalar = value
                i += 1
            }
            if i <= sampled { record(scalar) }
        }
    }

    private mutating func record(_ value: UInt32) {
        units += 1
        if value < 0x80 {
            ascii += 1
            if value == 0x20 || value == 0x0A || value == 0x0D || value == 0x09 { whitespace += 1 }
            return
        }
        guard let scalar = Unicode.Scalar(value) else { return }
        switch scalar.properties.generalCategory {
        case .unassigned, .privateUse: oddities += 1
        default: break
        }
        if (0x2000...0x206F).contains(value) { return }
        others += 1
        blocks[value >> 8, default: 0] += 1
        switch value {
        case 0x3000...0x30FF, 0x31F0...0x31FF, 0x4E00...0x9FFF, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
            ideographs += 1
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7A3:
            hangul += 1
        default: break
        }
        func isLetter(_ byte: UInt32) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        if value <= 0xFFFF && isLetter(value >> 8) && isLetter(value & 0xFF) { letterPairs += 1 }
        lowBytes[Int(value & 0xFF)] += 1
    }

    /// Misread bytes land on unassigned or private-use code points; text has almost none.
    private var fewOddities: Bool { oddities * 100 <= units }

    /// Alphabetic scripts: what is not ASCII sits in one or two blocks below U+2000 (Thai,
    /// Cyrillic, Arabic, Hebrew, Devanagari, Greek...). Legacy bytes never read that way,
    /// since it takes a control byte in every other position.
    var isAlphabetic: Bool {
        guard fewOddities, units >= 4 else { return false }
        if others == 0 { return true }
        let top = blocks.sorted { $0.value > $1.value }.prefix(2)
        return top.reduce(0) { $0 + $1.value } * 10 >= others * 9 && top.allSatisfy { $0.key < 0x20 }
    }

    /// ASCII spaces, digits and markup between the text: each one a NUL byte in UTF-16,
    /// which legacy text never has.
    var isMostlyASCII: Bool { fewOddities && ascii >= 4 && ascii * 4 >= units }

    /// Chinese, Japanese or Korean: at least 16 ideographs, kana or Hangul syllables, whose
    /// low bytes spread over the whole byte range. Misread 8-bit text gives pairs of ASCII
    /// letters or CJK Extension A (left out of `ideographs`); misread EUC gives low bytes
    /// that are never small, and misread Shift_JIS kana one low byte over and over.
    var isIdeographic: Bool {
        guard fewOddities, others >= 16, lowBytes.max()! * 10 < others * 3 else { return false }
        func share(_ range: ClosedRange<Int>) -> Int { lowBytes[range].reduce(0, +) }
        let han = ideographs * 10 >= others * 9 && letterPairs * 10 < others * 3
            && share(0x00...0x7F) * 10 >= others && share(0x80...0xFF) * 20 >= others * 3
        let korean = hangul * 10 >= others * 9 && share(0x40...0x7F) * 10 >= others && share(0x00...0x3F) * 20 >= others
        return han || korean
    }

    /// The reading that passes `test`; when both do, the one with more whitespace and ASCII
    /// as code units, then the one in fewer blocks; nil when nothing tells them apart.
    static func choose(_ readings: [UTF16Reading], where test: (UTF16Reading) -> Bool) -> UTF16Reading? {
        let passing = readings.filter(test)
        guard passing.count == 2 else { return passing.first }
        func rank(_ r: UTF16Reading) -> (Int, Int, Int) { (r.whitespace, r.ascii, -r.blocks.count) }
        let (a, b) = (passing[0], passing[1])
        if rank(a) == rank(b) { return nil }
        return rank(a) > rank(b) ? a : b
    }
}
