import PolicyText

/// Markdown as policies use it: ATX and setext headings, lists, tables, and raw HTML
/// blocks whose text counts too.
enum MarkdownReader {
    static func blocks(of text: String) -> [Block] {
        let lines = SourceLines.split(text).map { SourceLines.trim($0) }
        var blocks: [Block] = []
        var index = 0
        var inFence = false
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            index += 1
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); continue }
            if line.isEmpty { continue }
            if inFence {
                blocks.append(Block(kind: .line, text: String(line), line: number))
                continue
            }
            if let heading = atxHeading(line) {
                blocks.append(Block(kind: .heading(level: heading.level), text: inlineText(heading.text), line: number))
                continue
            }
            // Setext: a text line underlined with === (level 1) or --- (level 2).
            if index < lines.count, !line.hasPrefix("<"), ListMarker.strip(line) == nil,
               let level = setextLevel(lines[index]) {
                blocks.append(Block(kind: .heading(level: level), text: inlineText(line), line: number, endLine: number + 1))
                index += 1
                continue
            }
            if line.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == " " }) && line.count >= 3 { continue }
            if line.hasPrefix("<") {
                // A raw HTML block runs to the next blank line; its text is read with the HTML parser.
                var end = index
                while end < lines.count, !lines[end].isEmpty { end += 1 }
                let html = lines[(index - 1)..<end].joined(separator: "\n")
                for block in HTMLReader.blocks(of: html) {
                    var shifted = block
                    shifted.line += number - 1
                    shifted.endLine += number - 1
                    blocks.append(shifted)
                }
                index = end
                continue
            }
            if line.hasPrefix("|") {
                let cells = line.split(separator: "|").map { SourceLines.trim($0) }.filter { !$0.isEmpty }
                if cells.allSatisfy({ $0.allSatisfy { "-:".contains($0) } }) { continue }
                blocks.append(Block(kind: .cell, text: cells.map { inlineText($0) }.joined(separator: " | "), line: number))
                continue
            }
            if let item = ListMarker.strip(line) {
                if !item.isEmpty { blocks.append(Block(kind: .listItem, text: inlineText(item), line: number)) }
                continue
            }
            if line.hasPrefix(">") {
                blocks.append(Block(kind: .line, text: inlineText(SourceLines.trim(line.drop { $0 == ">" })), line: number))
                continue
            }
            blocks.append(Block(kind: .line, text: inlineText(line), line: number))
        }
        return blocks
    }

    private static func atxHeading(_ line: Substring) -> (level: Int, text: Substring)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = SourceLines.trim(rest)
        while text.last == "#" { text = text.dropLast() }
        text = SourceLines.trim(text)
        return text.isEmpty ? nil : (hashes, text)
    }

    private static func setextLevel(_ line: Substring) -> Int? {
        guard line.count >= 2 else { return nil }
        if line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    /// Text without inline markup: emphasis, code ticks, links and images keep their text.
    static func inlineText(_ text: Substring) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\\", text.index(after: index) < text.endIndex {
                result.append(text[text.index(after: index)])
                index = text.index(index, offsetBy: 2)
                continue
            }
            if character == "!" , text.index(after: index) < text.endIndex, text[text.index(after: index)] == "[" {
                index = text.index(after: index)
                continue
            }
            if character == "[", let close = text[index...].firstIndex(of: "]"),
               text.index(after: close) < text.endIndex, text[text.index(after: close)] == "(",
               let paren = text[close...].firstIndex(of: ")") {
                result += text[text.index(after: index)..<close]
                index = text.index(after: paren)
                continue
            }
            if character == "*" || character == "`" || (character == "_" && isEmphasisUnderscore(text, index)) {
                index = text.index(after: index)
                continue
            }
            result.append(character)
            index = text.index(after: index)
        }
        return String(SourceLines.trim(Substring(result)))
    }

    /// An underscore inside a word (snake_case, e-mail) is text, at a word edge emphasis.
    private static func isEmphasisUnderscore(_ text: Substring, _ index: Substring.Index) -> Bool {
        let before = index > text.startIndex ? text[text.index(before: index)] : " "
        let afterIndex = text.index(after: index)
        let after = afterIndex < text.endIndex ? text[afterIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
