import PolicyText

/// Plain text: every non-blank line is a block, list items are marked as such; in a file
/// hard-wrapped at a fixed width, a wrapped paragraph or list item is one block.
enum PlainTextReader {
    static func blocks(of text: String) -> [Block] { blocks(ofLines: SourceLines.split(text)) }

    /// The blocks of a text already split into `SourceLines`.
    static func blocks(ofLines lines: [Substring]) -> [Block] {
        let width = wrapWidth(of: lines)
        var blocks: [Block] = []
        /// The untrimmed line before this one, when it belongs to the last block.
        var previous: Substring?
        for (offset, rawLine) in lines.enumerated() {
            let line = SourceLines.trim(rawLine)
            guard !line.isEmpty else { previous = nil; continue }
            let item = ListMarker.strip(line)
            if let width, let before = previous, item == nil, let last = blocks.indices.last,
               continues(previous: before, next: line, width: width),
               !(blocks[last].lineStarts.isEmpty && isTitle(SourceLines.trim(before))) {
                let joint = blocks[last].text.utf8.count + 1
                blocks[last].text += " " + line
                blocks[last].lineStarts.append(joint)
                blocks[last].endLine = offset + 1
                previous = rawLine
                continue
            }
            if let item {
                // A lone marker ("-") carries no text; the paragraph after it is its item.
                if item.isEmpty { previous = nil; continue }
                blocks.append(Block(kind: .listItem, text: String(item), line: offset + 1))
            } else {
                blocks.append(Block(kind: .line, text: String(line), line: offset + 1))
            }
            previous = rawLine
        }
        return blocks
    }

    /// The width a file was hard-wrapped at, or nil when it was not: most of its long lines
    /// end near one width of at most 100 columns. A file written one paragraph a line has
    /// lines of every length, most of them longer.
    static func wrapWidth(of lines: [Substring]) -> Int? {
        // Characters counted up to 101 at most: a line's bytes bound its length both ways,
        // and no line needs to be walked whole.
        let long = lines.compactMap { line -> Int? in
            let bytes = line.utf8.count
            if bytes < 40 { return nil }
            if bytes > 404 { return 101 }
            // A line holds no CR: in ASCII, a Character is a byte.
            if ByteScan.isASCII(line) { return min(bytes, 101) }
            return CharacterScan.count(line, upTo: 101) ?? line.prefix(101).count
        }.filter { $0 >= 40 }
        guard long.count >= 8 else { return nil }
        let fitting = long.filter { $0 <= 100 }.sorted()
        guard Double(fitting.count) >= 0.9 * Double(long.count) else { return nil }
        let width = fitting[Int(Double(fitting.count - 1) * 0.9)]
        // Wrapped lines fill the width: most long lines end within a few words of it.
        let near = fitting.filter { $0 >= width - 15 }.count
        return Double(near) >= 0.5 * Double(long.count) ? width : nil
    }

    /// A line that reads as a heading standing alone, which nothing wraps onto: title case
    /// ("2. Collection and Disclosure of Sensitive Personal Information"), no closing stop.
    static func isTitle(_ line: Substring) -> Bool {
        guard LineShape.isCased(line), let last = LineShape.lastMeaningful(line), !LineShape.sentenceEnds.contains(last) else { return false }
        return LineShape.titleCaseRatio(line) >= 0.75
    }

    /// Whether `next` goes on with the line before it in a file wrapped at `width`: the
    /// first word of `next` would not have fitted on `previous`, so the writer's editor
    /// broke the line there. A line longer than the width was not wrapped (a heading or a
    /// web address run long); numbered lines and lines in capitals open blocks of their own.
    static func continues(previous: Substring, next: Substring, width: Int) -> Bool {
        let firstWord = next.prefix { !$0.isWhitespace }
        let length = LineShape.characterCount(previous)
        guard length + 1 + firstWord.count > width, length <= width + 3 else { return false }
        if Numbering.parse(next) != nil { return false }
        if LineShape.isCased(next), LineShape.isAllCaps(next) { return false }
        return true
    }
}

/// Bullet markers that open list items ("- ", "• ", "* ").
enum ListMarker {
    static let bullets: Set<Character> = ["-", "•", "*", "·", "‣", "◦", "▪", "●", "○", "–", "—", "+", "・"]

    /// The scalars a line opening with a bullet opens with: the bullets' own, and GREEK ANO
    /// TELEIA, which is canonically "·". A line opening with any other scalar is no item,
    /// which spares most lines a Character.
    static let bulletScalars: Set<Unicode.Scalar> = Set(bullets.compactMap(\.unicodeScalars.first)).union(["\u{387}"])

    /// The item text without its marker, or nil when the line is no list item.
    static func strip(_ line: Substring) -> Substring? {
        guard let scalar = line.unicodeScalars.first, bulletScalars.contains(scalar) else { return nil }
        guard let first = line.first, bullets.contains(first) else { return nil }
        let rest = line.dropFirst()
        if rest.isEmpty { return rest }
        // "-5%" or "--" is not a bullet; a bullet is followed by a space.
        guard let next = rest.first, next.isWhitespace else { return nil }
        return SourceLines.trim(rest)
    }
}
