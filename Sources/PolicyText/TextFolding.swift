import CICU

/// Normalization for matching: NFKC case folding, optionally without accents.
public enum TextFolding {
    /// NFKC_Casefold of `text`; with `stripAccents`, combining accents and vocalisation marks
    /// are removed too ("Données" -> "donnees").
    public static func fold(_ text: String, stripAccents: Bool, turkic: Bool = false) -> String {
        if turkic {
            // Turkish and Azerbaijani pair I with ı and İ with i.
            let mapped = String(text.unicodeScalars.map { scalar -> Character in
                scalar == "I" ? "ı" : scalar == "\u{130}" ? "i" : Character(scalar)
            })
            return fold(mapped, stripAccents: stripAccents)
        }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII folds to lowercase ASCII; skips two UTF-16 round trips on most tokens.
            return text.lowercased()
        }
        let folded = callICU(text) { input, count, output, capacity in
            pa_fold(input, count, stripAccents ? 1 : 0, output, capacity)
        } ?? text.lowercased()
        return unifyArmenianEv(unifyApostrophes(folded))
    }

    /// `fold` of each line, in one ICU call (folding never joins or splits lines). The
    /// lines must hold no line break.
    public static func foldLines(_ lines: [String], stripAccents: Bool) -> [String] {
        // Split by bytes: "\n" is ASCII, and Character splitting costs more than the fold.
        fold(lines.joined(separator: "\n"), stripAccents: stripAccents).utf8
            .split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    /// Armenian "and" and the "ev" of words like "Երևան" is the ligature և in lowercase,
    /// which NFKC spells եւ, but ԵՎ in capitals, which lowercases to եվ: one spelling, եվ,
    /// so that a heading in capitals matches a lexicon written in lowercase. Outside the
    /// ligature, ւ follows only ո (the digraph ու), so no other word changes.
    static func unifyArmenianEv(_ text: String) -> String {
        // եւ is D5 A5 D6 82 in UTF-8. Searching bytes first keeps the Character-level search
        // off texts that only share the byte 0x82 (Cyrillic т is D1 82).
        guard containsArmenianEv(text.utf8), text.contains("եւ") else { return text }
        return text.replacing("եւ", with: "եվ")
    }

    private static func containsArmenianEv(_ utf8: String.UTF8View) -> Bool {
        utf8.withContiguousStorageIfAvailable(containsArmenianEv) ?? Array(utf8).withUnsafeBufferPointer(containsArmenianEv)
    }

    private static func containsArmenianEv(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var matched = 0
        for byte in utf8 {
            switch (matched, byte) {
            case (1, 0xA5): matched = 2
            case (2, 0xD6): matched = 3
            case (3, 0x82): return true
            default: matched = byte == 0xD5 ? 1 : 0
            }
        }
        return false
    }

    /// ’ ʼ ‘ ′ are all the apostrophe of "d’accès", "п’ять": one form for matching.
    static func unifyApostrophes(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // By their UTF-8 bytes (E2 80 99, E2 80 98, E2 80 B2, CA BC), which no other
            // character's encoding holds: most texts hold none, and one pass finds them.
            guard let first = apostrophe(in: bytes, from: 0) else { return nil }
            var unified: [UInt8] = []
            unified.reserveCapacity(bytes.count)
            var copied = 0
            var next: (start: Int, length: Int)? = first
            while let (start, length) = next {
                unified.append(contentsOf: bytes[copied..<start])
                unified.append(UInt8(ascii: "'"))
                copied = start + length
                next = apostrophe(in: bytes, from: copied)
            }
            unified.append(contentsOf: bytes[copied...])
            return String(decoding: unified, as: UTF8.self)
        } ?? text
    }

    /// The next apostrophe-like character at or after `offset`: its start and length.
    private static func apostrophe(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> (start: Int, length: Int)? {
        var index = offset
        while index < bytes.count {
            switch bytes[index] {
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x99 || bytes[index + 2] == 0x98 || bytes[index + 2] == 0xB2):
                return (index, 3)
            case 0xCA where index + 1 < bytes.count && bytes[index + 1] == 0xBC:
                return (index, 2)
            default:
                index += 1
            }
        }
        return nil
    }

    private static func callICU(
        _ text: String,
        _ call: (UnsafePointer<CChar>, Int32, UnsafeMutablePointer<CChar>?, Int32) -> Int32
    ) -> String? {
        var text = text
        return text.withUTF8 { input -> String? in
            guard let base = input.baseAddress, input.count < Int32.max / 4 else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: input.count) { source in
                var capacity = input.count + input.count / 2 + 16
                // Retry once with the exact size when folding grew the text past the guess.
                for _ in 0..<2 {
                    var needed: Int32 = 0
                    let folded = String(unsafeUninitializedCapacity: capacity) { output in
                        needed = output.withMemoryRebound(to: CChar.self) { output in
                            call(source, Int32(input.count), output.baseAddress, Int32(capacity))
                        }
                        return needed >= 0 && Int(needed) <= capacity ? Int(needed) : 0
                    }
                    if needed < 0 { return nil }
                    if Int(needed) <= capacity { return folded }
                    capacity = Int(needed) + 1
                }
                return nil
            }
        }
    }
}
