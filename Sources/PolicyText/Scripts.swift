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

    /// ICU's number for the script of a letter (Unicode Alphabetic), nil for any other
    /// scalar: one lookup in ICU's tables for both questions, and no String per letter
    /// (`code(ofScriptNumber:)` names it).
    public static func letterScriptNumber(of scalar: Unicode.Scalar) -> Int32? {
        let number = pa_letter_script(scalar.value)
        return number < 0 ? nil : number
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

    /// The script with the most letters in `text`, and the counts of each script seen.
    public static func histogram(of text: Substring) -> [String: Int] {
        var counts: [String: Int] = [:]
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            counts[code(of: scalar), default: 0] += 1
        }
        return counts
    }
}
