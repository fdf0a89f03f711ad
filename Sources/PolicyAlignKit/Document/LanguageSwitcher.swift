import Foundation

/// The line of links to a policy's other translations that multilingual sites and
/// repositories put at its top ("English · [Türkçe](PRIVACY.tr.md) · [Français](PRIVACY.fr.md)").
/// It is navigation, not text of the policy: each translation lists the others, so read as
/// text it would make every translation "omit" a sentence and "lose" or "add" links.
enum LanguageSwitcher {
    /// The blocks without language switchers (all of them when nothing else is left).
    static func removing(from blocks: [Block]) -> [Block] {
        guard blocks.contains(where: isSwitcher) else { return blocks }
        let kept = blocks.filter { !isSwitcher($0) }
        return kept.isEmpty ? blocks : kept
    }

    /// Short items between separators, at least two of them links whose targets differ only
    /// by a language code (`PRIVACY.tr.md`, `PRIVACY.fr.md`; `/de/privacy`, `/fr/privacy`).
    static func isSwitcher(_ block: Block) -> Bool {
        guard block.links.count >= 2, !block.isHeading, block.text.utf8.count <= 600 else { return false }
        let items = block.text.split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard items.count >= 2, items.count >= block.links.count,
              items.allSatisfy({ $0.count <= maximumItemCharacters && $0.split(separator: " ").count <= maximumItemWords })
        else { return false }
        var siblings: [String: Int] = [:]
        for link in block.links {
            guard let pattern = pattern(of: link.target) else { continue }
            siblings[pattern, default: 0] += 1
        }
        return (siblings.values.max() ?? 0) >= 2
    }

    static let separators: Set<Character> = ["·", "|", "｜", "•", "/", "‧", "・", ",", "、", "–", "—"]
    /// "Bahasa Indonesia", "Português (Brasil)", "中文（简体）": a language's name is short.
    static let maximumItemWords = 3
    static let maximumItemCharacters = 30

    /// A link target with its language codes replaced by `*`, or nil when it holds none.
    static func pattern(of target: String) -> String? {
        // Tokens and the delimiters after them: "privacy.zh-hans.html" is privacy . zh - hans . html
        var tokens: [(text: String, delimiter: Character?)] = []
        var token = ""
        for character in target.lowercased() {
            if delimiters.contains(character) {
                tokens.append((token, character))
                token = ""
            } else {
                token.append(character)
            }
        }
        tokens.append((token, nil))
        var result = ""
        var found = false
        var index = 0
        while index < tokens.count {
            var (text, delimiter) = tokens[index]
            if isLanguageCode(text) {
                text = "*"
                found = true
                // A subtag belongs to its code: "zh-hans", "pt_br", "es-419".
                if delimiter == "-" || delimiter == "_", index + 1 < tokens.count, isSubtag(tokens[index + 1].text) {
                    index += 1
                    delimiter = tokens[index].delimiter
                }
            }
            result += text
            if let delimiter { result.append(delimiter) }
            index += 1
        }
        return found ? result : nil
    }

    private static let delimiters: Set<Character> = [".", "/", "_", "-", "?", "=", "&", "#"]

    private static func isSubtag(_ token: String) -> Bool {
        ["hans", "hant", "latn", "cyrl"].contains(token)
            || (token.count == 2 && token.allSatisfy { $0.isASCII && $0.isLetter })
            || (token.count == 3 && token.allSatisfy { $0.isASCII && $0.isNumber })
    }

    /// Two-letter ISO 639 codes ("de", "zh"); longer codes too often spell words of a path.
    private static func isLanguageCode(_ token: String) -> Bool {
        token.count == 2 && twoLetterCodes.contains(token)
    }

    private static let twoLetterCodes: Set<String> = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier).filter { $0.count == 2 })
}
