/// The Characters (extended grapheme clusters) of a text, found from its UTF-8 bytes
/// without Swift's grapheme breaking, for the scalars whose joining is simple: most of
/// Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Thai, CJK and Hangul text, with their
/// punctuation, symbols and combining marks. A text holding any other scalar is not
/// scanned (the caller reads its Characters the usual way).
///
/// Under UAX #29, a scalar of grapheme break class Other, LV or LVT (`.base`) starts a
/// Character after any scalar of the classes here, and a Control (`.control`) stands
/// alone; an Extend or SpacingMark scalar (`.mark`) joins the scalar before it, except
/// after a Control or at the start of a text, which this scan leaves to Swift. CR (which
/// pairs with LF), ZWJ, Prepend, jamo, regional indicators and Indic viramas (which join
/// consonants) are `.unknown`. `CharacterScanTests` checks every classified scalar
/// against Swift's own breaking.
public enum CharacterScan {
    public enum Kind: UInt8 {
        case unknown = 0, base, control, mark
    }

    /// Calls `body` with each Character of `text` in order until `body` returns false.
    /// Returns nil, after calling `body` for the Characters before it, at the first
    /// scalar that this scan cannot place: the caller then starts over with Characters.
    @inlinable
    public static func forEach(in text: Substring, _ body: (ScannedCharacter) -> Bool) -> Bool? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ scan($0, body) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0, body) }
    }

    /// The number of Characters in `text`, counting no further than `limit`; nil when the
    /// text holds a scalar that cannot be placed before that.
    @inlinable
    public static func count(_ text: Substring, upTo limit: Int = .max) -> Int? {
        var count = 0
        guard forEach(in: text, { _ in
            count += 1
            return count < limit
        }) != nil else { return nil }
        return count
    }

    @inlinable
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (ScannedCharacter) -> Bool) -> Bool? {
        let end = bytes.count
        var offset = 0
        guard end > 0 else { return true }
        var (scalar, length) = decode(bytes, at: 0)
        var kind = self.kind(of: scalar)
        while true {
            // `scalar` at `offset` starts a Character: it must be a base or a control.
            let start = offset
            let first = scalar
            let firstKind = kind
            guard firstKind == .base || firstKind == .control else { return nil }
            offset += length
            var single = true
            while offset < end {
                (scalar, length) = decode(bytes, at: offset)
                kind = self.kind(of: scalar)
                guard kind == .mark else { break }
                // A mark after a control is a Character of its own: not handled here.
                guard firstKind == .base else { return nil }
                single = false
                offset += length
            }
            if offset < end, kind == .unknown { return nil }
            if !body(ScannedCharacter(first: first, start: start, end: offset, isSingleScalar: single)) { return true }
            if offset == end { return true }
        }
    }

    /// The scalar at `offset` of valid UTF-8 and its length in bytes.
    @inlinable
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        func continuation(_ index: Int) -> UInt32 { UInt32(bytes[offset + index]) & 0x3F }
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | continuation(1)
            length = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
            length = 3
        } else {
            value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// `scalar.properties.isWhitespace` (Character.isWhitespace of the Character it opens),
    /// without the property lookup: White_Space is these scalars.
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `scalar.properties.isAlphabetic` (Character.isLetter of the Character it opens),
    /// answered without the property lookup for ASCII and the letters of the scripts
    /// policies are mostly written in.
    @inlinable
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0...0x7F: return false
        // Latin-1 and Latin Extended-A letters, Cyrillic, Arabic, Thai, Vietnamese,
        // kana, CJK ideographs, Hangul syllables.
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x17F, 0x410...0x44F, 0x621...0x64A, 0xE01...0xE30, 0xE32...0xE33,
             0xE40...0xE46, 0x1EA0...0x1EF9, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            return true
        default: return scalar.properties.isAlphabetic
        }
    }

    /// How `scalar` joins its neighbours into Characters.
    @inlinable
    public static func kind(of scalar: Unicode.Scalar) -> Kind {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x20 && value != 0x7F { return .base }
            return value == 0x0D ? .unknown : .control
        }
        if value < 0x10000 { return Kind(rawValue: basicPlane[Int(value)]) ?? .unknown }
        switch value {
        // Emoji and symbols, without the regional indicators and skin tones (which join);
        // the ideographs of the supplementary planes.
        case 0x1F000...0x1F1E5, 0x1F200...0x1F3FA, 0x1F400...0x1FAFF, 0x20000...0x3FFFD: return .base
        default: return .unknown
        }
    }

    /// The kind of each scalar of the Basic Multilingual Plane, as `Kind` raw values.
    @usableFromInline
    static let basicPlane: [UInt8] = {
        var kinds = [UInt8](repeating: Kind.unknown.rawValue, count: 0x10000)
        func set(_ range: ClosedRange<Int>, _ kind: Kind) {
            for value in range { kinds[value] = kind.rawValue }
        }
        for (range, kind) in basicPlaneRanges { set(range, kind) }
        return kinds
    }()

    /// Ranges of the Basic Multilingual Plane by kind, later ranges overriding earlier
    /// ones; scalars in none of them are `.unknown`.
    static let basicPlaneRanges: [(ClosedRange<Int>, Kind)] = [
        (0x0000...0x001F, .control), (0x0020...0x007E, .base), (0x007F...0x009F, .control),
        (0x000D...0x000D, .unknown),
        // Latin, IPA, modifier letters; the soft hyphen is a control.
        (0x00A0...0x02FF, .base), (0x00AD...0x00AD, .control),
        (0x0300...0x036F, .mark),
        // Greek, Cyrillic (with its combining marks), Armenian.
        (0x0370...0x058F, .base), (0x0483...0x0489, .mark),
        // Hebrew: letters, punctuation and points.
        (0x0590...0x05FF, .base), (0x0591...0x05BD, .mark), (0x05BF...0x05BF, .mark),
        (0x05C1...0x05C2, .mark), (0x05C4...0x05C5, .mark), (0x05C7...0x05C7, .mark),
        // Arabic: the number signs before digits (0600-0605, 06DD) join what follows.
        (0x0606...0x06FF, .base), (0x0610...0x061A, .mark), (0x061C...0x061C, .control),
        (0x064B...0x065F, .mark), (0x0670...0x0670, .mark), (0x06D6...0x06DC, .mark),
        (0x06DD...0x06DD, .unknown), (0x06DF...0x06E4, .mark), (0x06E7...0x06E8, .mark),
        (0x06EA...0x06ED, .mark),
        // Thai: vowel signs above and below, tone marks, and SARA AM join their consonant.
        (0x0E00...0x0E7F, .base), (0x0E31...0x0E31, .mark), (0x0E33...0x0E3A, .mark),
        (0x0E47...0x0E4E, .mark),
        // Latin Extended Additional (Vietnamese), Greek Extended.
        (0x1E00...0x1FFF, .base),
        // General Punctuation: spaces, dashes, quotes; zero-width and directional controls.
        (0x2000...0x206F, .base), (0x200B...0x200B, .control), (0x200C...0x200C, .mark),
        (0x200D...0x200D, .unknown), (0x200E...0x200F, .control), (0x2028...0x202E, .control),
        (0x2060...0x206F, .control),
        // Sub- and superscripts, currency; symbols, arrows, mathematics, shapes, dingbats.
        (0x2070...0x2BFF, .base), (0x20D0...0x20F0, .mark),
        (0x2C60...0x2C7F, .base), (0x2E00...0x2E7F, .base),
        // CJK radicals, punctuation, kana, Bopomofo, compatibility jamo, ideographs, Yi.
        (0x2E80...0x2FFF, .base), (0x3000...0x4DBF, .base), (0x302A...0x302F, .mark),
        (0x3099...0x309A, .mark), (0x4DC0...0xA4CF, .base),
        (0xA700...0xA7FF, .base),
        // Hangul syllables (LV and LVT: no jamo follows them here).
        (0xAC00...0xD7AF, .base),
        // Private use, compatibility ideographs, presentation forms, variation selectors,
        // CJK compatibility and small forms, half- and full-width forms.
        (0xE000...0xFFFF, .base), (0xFB1E...0xFB1E, .mark), (0xFE00...0xFE0F, .mark),
        (0xFE20...0xFE2F, .mark), (0xFEFF...0xFEFF, .control), (0xFF9E...0xFF9F, .mark),
        (0xFFF0...0xFFFB, .control),
    ]
}

/// One Character of a text read by `CharacterScan`.
public struct ScannedCharacter {
    /// Its first scalar, which decides `isLetter`, `isNumber` and `isWhitespace`.
    public let first: Unicode.Scalar
    /// UTF-8 offsets of its start and end in the scanned text.
    public let start: Int
    public let end: Int
    /// Whether it is `first` alone (no mark joins it).
    public let isSingleScalar: Bool

    @inlinable
    init(first: Unicode.Scalar, start: Int, end: Int, isSingleScalar: Bool) {
        self.first = first
        self.start = start
        self.end = end
        self.isSingleScalar = isSingleScalar
    }
}
