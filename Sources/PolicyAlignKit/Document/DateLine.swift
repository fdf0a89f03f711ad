import PolicyText

/// Tells a date line ("Last updated: March 3, 2021", "Dikemaskini pada 3 Mac 2021",
/// "最終更新日：2021年5月18日") from a heading: it is short and holds a full date. Such a line
/// looks like a heading (short, no final stop) but never opens a section, and taken as the
/// title it would hide the real opening.
struct DateLine {
    /// Month names of the language and of English, folded.
    private let months: [String: Int]
    /// Month names of unspaced scripts (Thai), found inside longer runs of letters.
    private let unspacedMonths: [String]

    init(locale: String) {
        months = MonthNames.table(for: locale, foldAccents: true)
        unspacedMonths = months.keys.filter { name in
            name.count >= 4 && name.unicodeScalars.contains { Scripts.unspaced.contains(Scripts.code(of: $0)) }
        }
    }

    func isDateLine(_ text: String) -> Bool {
        guard text.utf8.count <= 160, LineShape.hasAtMostWords(Substring(text), 12),
              !Self.datesOnlyInBrackets(text) else { return false }
        if !FactExtractor.numericDates(in: text).isEmpty || !FactExtractor.cjkDates(in: text).isEmpty { return true }
        guard Self.hasYear(text) else { return false }
        let folded = TextFolding.fold(text, stripAccents: true)
        let words = folded.split { !$0.isLetter }
        if words.contains(where: { months[String($0)] != nil }) { return true }
        return unspacedMonths.contains { folded.contains($0) }
    }

    /// A heading that mentions a date in brackets ("サードパーティSDKについて（2024年8月1日統合）",
    /// "Cookies (updated March 2024)") is a heading: outside the brackets it has words and
    /// no year, where a date line is the date with a short label.
    static func datesOnlyInBrackets(_ text: String) -> Bool {
        // Only a line holding the scalar "(" or "（" can hold either as a Character.
        guard ByteSearch.contains(text, "(") || ByteSearch.contains(text, "（"),
              text.contains(where: { $0 == "(" || $0 == "（" }) else { return false }
        var outside = ""
        var depth = 0
        for character in text {
            if character == "(" || character == "（" { depth += 1; continue }
            if character == ")" || character == "）" { depth = max(0, depth - 1); continue }
            if depth == 0 { outside.append(character) }
        }
        return !hasYear(outside) && outside.filter(\.isLetter).count >= 4
    }

    /// A run of exactly four digits (any script) between 1990 and 2099, or a Thai Buddhist
    /// Era year (2533 to 2642).
    private static func hasYear(_ text: String) -> Bool {
        var value = 0, count = 0
        func closes() -> Bool { count == 4 && ((1990...2099).contains(value) || (2533...2642).contains(value)) }
        for scalar in text.unicodeScalars {
            if let digit = Scripts.digitValue(of: scalar) {
                value = value * 10 + digit
                count += 1
            } else {
                if closes() { return true }
                value = 0
                count = 0
            }
        }
        return closes()
    }
}
