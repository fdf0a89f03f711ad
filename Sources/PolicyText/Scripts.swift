import CICU

/// Unicode scripts and digits of code points, from ICU.
public enum Scripts {
    /// ISO 15924 code of a scalar's script ("Latn", "Thai", "Hani", "Zyyy" for common).
    public static func code(of scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x80 {
            let v = scalar.value
            let isLetter = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            return isLetter ? "Latn" : "Zyyy"
        }
        return String(cString: pa_script_code(pa_script(scalar.value)))
    }

    /// The ISO 15924 code of an ICU script number.
    public static func code(ofScriptNumber number: Int32) -> String { String(cString: pa_script_code(number)) }

    /// Decimal digit value in any script: Thai ๗, Arabic-Indic ٧, full-width ７ are all 7.
    public static func digitValue(of scalar: Unicode.Scalar) -> Int? {
        if scalar.value >= 0x30 && scalar.value <= 0x39 { return Int(scalar.value - 0x30) }
        if scalar.value < 0x80 { return nil }
        let value = pa_digit_value(scalar.value)
        return value >= 0 ? Int(value) : nil
    }

    /// Scripts whose writing puts no spaces between words.
    public static let unspaced: Set<String> = ["Thai", "Hani", "Hira", "Kana", "Khmr", "Laoo", "Mymr", "Tibt"]

    /// Scripts whose writing marks no sentence ends: sentences there are guesses.
    public static let unpunctuated: Set<String> = ["Thai", "Khmr", "Laoo", "Mymr"]

    /// Scripts written right to left.
    public static let rightToLeft: Set<String> = ["Arab", "Hebr", "Syrc", "Thaa", "Nkoo"]

    /// Letters of each script group in a text (kana and Han one group, see `group`). ASCII
    /// letters, most of many texts, are counted byte by byte, without decoding a scalar,
    /// a Unicode property lookup or a hashed key each.
    public static func letterGroups(in text: String) -> [String: Int] {
        var text = text
        return text.withUTF8(letterGroups(utf8:))
    }

    /// Same over a String's UTF-8 bytes.
    static func letterGroups(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [String: Int] {
        // Counted by ICU's script number in an array: no hashed key per letter. Scripts of
        // the characters met are kept by the low byte of the code point: a text repeats a
        // few dozen letters of its alphabet, and each lookup is a call into ICU.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 256) { seenValues in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 256) { seenNumbers in
            counts.initialize(repeating: 0)
            seenValues.initialize(repeating: .max)
            seenNumbers.initialize(repeating: -1)
            var overflow: [Int32: Int] = [:]
            var latin = 0
            var index = 0
            let count = bytes.count
            while index < count {
                // Eight ASCII bytes at a time: their letters counted all at once.
                if index + 8 <= count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        latin += asciiLetters(in: word)
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte < 0x80 {
                    if ByteScan.isASCIILetter(byte) { latin += 1 }
                    index += 1
                    continue
                }
                let (value, length) = ByteScan.scalar(at: index, in: bytes)
                index += length
                let slot = Int(value & 0xFF)
                let number: Int32
                if seenValues[slot] == value {
                    number = seenNumbers[slot]
                } else {
                    number = pa_letter_script(value)
                    seenValues[slot] = value
                    seenNumbers[slot] = number
                }
                guard number >= 0 else { continue }
                if number < 256 { counts[Int(number)] += 1 } else { overflow[number, default: 0] += 1 }
            }
            var histogram: [String: Int] = [:]
            for number in 0..<256 where counts[number] > 0 {
                histogram[groupOfScriptNumber[number], default: 0] += counts[number]
            }
            for (number, count) in overflow { histogram[group(code(ofScriptNumber: number)), default: 0] += count }
            if latin > 0 { histogram["Latn", default: 0] += latin }
            return histogram
        }}}
    }

    /// The script group of each ICU script number below 256 (see `group`).
    private static let groupOfScriptNumber: [String] = (0..<256).map { group(code(ofScriptNumber: Int32($0))) }

    /// The ASCII letters (A-Z, a-z) among eight ASCII bytes: each byte's bit 7 set when,
    /// lowercased, it lies from "a" to "z" (no byte carries into the next, all being < 0x80).
    @inline(__always)
    static func asciiLetters(in word: UInt64) -> Int {
        let lower = word | 0x2020_2020_2020_2020
        let fromA = lower &+ 0x1F1F_1F1F_1F1F_1F1F  // bit 7 set from 0x61 up
        let pastZ = lower &+ 0x0505_0505_0505_0505  // bit 7 set from 0x7B up
        return (fromA & ~pastZ & 0x8080_8080_8080_8080).nonzeroBitCount
    }

    /// The letter counts `letterGroups` gave before it read bytes: scalar by scalar (for tests).
    static func letterGroupsByScalar(in text: String) -> [String: Int] {
        var counts: [Int32: Int] = [:]
        var latin = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) { latin += 1 }
                continue
            }
            let number = pa_letter_script(value)
            if number >= 0 { counts[number, default: 0] += 1 }
        }
        var histogram: [String: Int] = [:]
        for (number, count) in counts.sorted(by: { $0.key < $1.key }) {
            histogram[group(code(ofScriptNumber: number)), default: 0] += count
        }
        if latin > 0 { histogram["Latn", default: 0] += latin }
        return histogram
    }

    /// Kana and Han share one group: Japanese text mixes them, and Chinese is all Han.
    public static func group(_ script: String) -> String {
        switch script {
        case "Hira", "Kana", "Hani": return "Hani"
        default: return script
        }
    }

    /// The script group a word list (a lexicon's profile) is written in: the group of most
    /// letters of its first words, ties broken by the group's name; "Zyyy" with no letter.
    public static func mainGroup(ofWords words: [String]) -> String {
        var sample = ""
        for word in words {
            if sample.utf8.count >= 400 { break }
            sample += word + " "
        }
        return letterGroups(in: sample).max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "Zyyy"
    }

    /// The script with the most letters in `text`, and the counts of each script seen.
    public static func histogram(of text: Substring) -> [String: Int] {
        var counts: [String: Int] = [:]
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            counts[code(of: scalar), default: 0] += 1
        }
        return counts
    }
}
