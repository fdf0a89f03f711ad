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

    /// A link target, lower-cased, with the language code that `LinkTargets` finds in it
    /// replaced by `*` (siblings share it), or nil when it names no language.
    static func pattern(of target: String) -> String? {
        guard let marker = LinkTargets.localeMarker(target) else { return nil }
        return marker.lowered.replacingCharacters(in: marker.range, with: "*")
    }
}
