/// Plain text: every non-blank line is a block; list items are marked as such.
enum PlainTextReader {
    static func blocks(of text: String) -> [Block] {
        var blocks: [Block] = []
        for (offset, rawLine) in SourceLines.split(text).enumerated() {
            let line = SourceLines.trim(rawLine)
            guard !line.isEmpty else { continue }
            if let item = ListMarker.strip(line) {
                // A lone marker ("-") carries no text; the paragraph after it is its item.
                if item.isEmpty { continue }
                blocks.append(Block(kind: .listItem, text: String(item), line: offset + 1))
            } else {
                blocks.append(Block(kind: .line, text: String(line), line: offset + 1))
            }
        }
        return blocks
    }
}

/// Bullet markers that open list items ("- ", "• ", "* ").
enum ListMarker {
    static let bullets: Set<Character> = ["-", "•", "*", "·", "‣", "◦", "▪", "●", "○", "–", "—", "+", "・"]

    /// The item text without its marker, or nil when the line is no list item.
    static func strip(_ line: Substring) -> Substring? {
        guard let first = line.first, bullets.contains(first) else { return nil }
        let rest = line.dropFirst()
        if rest.isEmpty { return rest }
        // "-5%" or "--" is not a bullet; a bullet is followed by a space.
        guard let next = rest.first, next.isWhitespace else { return nil }
        return SourceLines.trim(rest)
    }
}
