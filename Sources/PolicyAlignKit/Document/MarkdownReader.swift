import PolicyText

/// Markdown as policies use it: ATX and setext headings, lists, tables, raw HTML blocks
/// whose text counts too, and the kramdown extensions legal sites publish with (attribute
/// lists such as `{: #cookies }`, footnotes). Markup never reaches the text: link targets
/// become the block's links, heading ids its anchor, comments and inline tags vanish.
enum MarkdownReader {
    static func blocks(of text: String) -> [Block] {
        // Comments may span lines: blank them first, keeping every line where it was.
        let lines = SourceLines.split(blankingComments(text)).map { SourceLines.trim($0) }
        let definitions = linkDefinitions(lines)
        var blocks: [Block] = []
        var index = 0
        // Front matter (`---` ... `---` at the top: title, redirects, versions) is metadata;
        // its title is the page's title, which the site renders as the heading.
        var frontMatterTitle: Block?
        if lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") {
            if let titleLine = lines[1..<close].firstIndex(where: { $0.hasPrefix("title:") }) {
                var title = SourceLines.trim(lines[titleLine].dropFirst("title:".count))
                if title.count >= 2, let first = title.first, first == "\"" || first == "'", title.last == first {
                    title = title.dropFirst().dropLast()
                }
                if !title.isEmpty { frontMatterTitle = Block(kind: .heading(level: 1), text: String(title), line: titleLine + 1) }
            }
            index = close + 1
        }
        var inFence = false
        // Level of the last ATX heading, under which a bold line is a subheading.
        var lastLevel = 1
        // An id waiting for the heading after it (`<a id="x"></a>` or `{: #x}` on its own line).
        var pendingAnchor: String?

        func append(_ block: Block) {
            var block = block
            // A Jekyll page heads itself with its front matter's title (`<h4>{{ page.title }}</h4>`).
            if block.isHeading, block.links.isEmpty, block.text.contains("{{"), let title = frontMatterTitle?.text {
                for placeholder in ["{{ page.title }}", "{{page.title}}"] {
                    block.text = block.text.replacing(placeholder, with: title)
                }
            }
            if case .heading = block.kind {
                if block.anchor == nil { block.anchor = pendingAnchor }
            }
            pendingAnchor = nil
            blocks.append(block)
            paragraph = nil
        }
        // The paragraph (or list item) the last line opened or continued, which the next
        // line continues unless a blank line or other markup comes first.
        var paragraph: (line: Int, isQuote: Bool, lastLine: Substring)?

        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            index += 1
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); continue }
            if line.isEmpty { continue }
            if inFence {
                append(Block(kind: .line, text: String(line), line: number))
                continue
            }
            if definitions.lines.contains(number) { continue }
            // A template line (`{% if ... %}`) alone is no text.
            if (line.hasPrefix("{%") && line.hasSuffix("%}")) { continue }
            // A kramdown attribute list alone on a line names the block before it (or, with
            // nothing between, the heading after it); it is never text.
            if let attributes = attributeList(line), attributes.range.lowerBound == line.startIndex,
               attributes.range.upperBound == line.endIndex {
                if let id = attributes.id {
                    if let last = blocks.indices.last, case .heading = blocks[last].kind, blocks[last].endLine >= number - 1,
                       blocks[last].anchor == nil {
                        blocks[last].anchor = id
                    } else {
                        pendingAnchor = id
                    }
                }
                continue
            }
            if let heading = atxHeading(line) {
                let inline = inlineText(heading.text, definitions: definitions.targets)
                append(Block(kind: .heading(level: heading.level), text: inline.text, line: number, anchor: inline.id))
                lastLevel = heading.level
                continue
            }
            // A heading inside a list item (`1. #### Service providers`, `- ### Cookies`)
            // renders as a heading; an ordered item keeps its number.
            let bullet = ListMarker.strip(line)
            let ordered = bullet == nil ? Numbering.parse(line) : nil
            if let item = bullet ?? ordered?.rest, let heading = atxHeading(item) {
                let inline = inlineText(heading.text, definitions: definitions.targets)
                if !inline.text.isEmpty {
                    let text = ordered.map { $0.label + " " + inline.text } ?? inline.text
                    append(Block(kind: .heading(level: heading.level), text: text, line: number, anchor: inline.id))
                    lastLevel = heading.level
                    continue
                }
            }
            // Setext: a text line underlined with === (level 1) or --- (level 2).
            if index < lines.count, !line.hasPrefix("<"), ListMarker.strip(line) == nil,
               let level = setextLevel(lines[index]) {
                let inline = inlineText(line, definitions: definitions.targets)
                append(Block(kind: .heading(level: level), text: inline.text, line: number, endLine: number + 1, anchor: inline.id))
                index += 1
                continue
            }
            if line.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == " " }) && line.count >= 3 { continue }
            if startsHTMLBlock(line) {
                // A raw HTML block runs to the next blank line; its text is read with the HTML
                // parser. An ATX heading ends it too: an anchor line right before `## Heading`
                // names that heading, it does not swallow it.
                var end = index
                while end < lines.count, !lines[end].isEmpty, atxHeading(lines[end]) == nil { end += 1 }
                let html = lines[(index - 1)..<end].joined(separator: "\n")
                for block in HTMLReader.blocks(of: html) {
                    var shifted = block
                    shifted.line += number - 1
                    shifted.endLine += number - 1
                    append(shifted)
                }
                // An anchor alone on the block's last line names the heading right after it.
                let last = inlineText(lines[end - 1], definitions: definitions.targets)
                if last.text.isEmpty, let id = last.id, end < lines.count, atxHeading(lines[end]) != nil { pendingAnchor = id }
                index = end
                continue
            }
            if line.hasPrefix("|") {
                let cells = line.split(separator: "|").map { SourceLines.trim($0) }.filter { !$0.isEmpty }
                if cells.allSatisfy({ $0.allSatisfy { "-:".contains($0) } }) { continue }
                var text = "", links: [Link] = []
                for cell in cells {
                    let inline = inlineText(cell, definitions: definitions.targets)
                    guard !inline.text.isEmpty else { continue }
                    if !text.isEmpty { text += " | " }
                    links += inline.links.map { Link(target: $0.target, offset: $0.offset + text.utf8.count, length: $0.length) }
                    text += inline.text
                }
                if !text.isEmpty { append(Block(kind: .cell, text: text, line: number, links: links)) }
                continue
            }
            // A short line that is bold from end to end (`**Information you give us:**`) is a
            // subheading under the last heading.
            /// A subheading under the last heading, from its marked-up text; false when the
            /// markup holds no text.
            func appendSubheading(_ source: Substring, numbered label: Substring? = nil) -> Bool {
                let inline = inlineText(source, definitions: definitions.targets)
                guard !inline.text.isEmpty else { return false }
                append(Block(kind: .heading(level: BoldSubheading.level(under: lastLevel)),
                             text: label.map { String($0) + " " + inline.text } ?? inline.text,
                             line: number, links: inline.links, anchor: inline.id))
                return true
            }
            if let bold = boldLine(Self.withoutLeadingEmoji(Self.withoutTrailingBreak(line))), appendSubheading(bold) { continue }
            if let italic = Self.numberedItalicLine(line), appendSubheading(italic) { continue }
            // A numbered item whose text is bold from end to end (`1. **WHAT DATA DO WE
            // COLLECT?**`), the way documents converted from a word processor number their
            // sections: a numbered subheading, its number kept. Not in a tight list, where
            // a numbered line comes right before or after it ("1. **열람 요구**" above "2. ...").
            if let numbering = ordered, let bold = boldLine(numbering.rest),
               ![number - 2, number].contains(where: { lines.indices.contains($0) && Numbering.parse(lines[$0]) != nil }),
               appendSubheading(bold, numbered: numbering.label) { continue }
            // A paragraph opening with a bold phrase that a colon or full stop closes
            // (`**Data controller:** Acme`, `**Cookies.** We use ...`) is a run-in subheading.
            // In a quote too (`> **The short version.** ...`): its later lines continue it.
            if let (lead, rest) = boldLeadIn(Self.withoutLeadingEmoji(line.hasPrefix(">") ? SourceLines.trim(line.drop { $0 == ">" }) : line)) {
                let heading = inlineText(lead, definitions: definitions.targets)
                let text = inlineText(rest, definitions: definitions.targets)
                if !heading.text.isEmpty, !text.text.isEmpty {
                    var lead = Block(kind: .heading(level: BoldSubheading.level(under: lastLevel)), text: heading.text, line: number, anchor: heading.id)
                    lead.isLeadIn = true
                    append(lead)
                    append(Block(kind: .line, text: text.text, line: number, links: text.links))
                    paragraph = (number, line.hasPrefix(">"), line)
                    continue
                }
            }
            let kind: Block.Kind
            var content = line
            var opensBlock = true
            let isQuote = line.hasPrefix(">")
            if let item = bullet {
                kind = .listItem
                content = item
            } else if isQuote {
                kind = .line
                content = SourceLines.trim(line.drop { $0 == ">" })
                opensBlock = false
            } else if let footnote = footnoteDefinition(line) {
                kind = .line
                content = footnote
            } else {
                kind = .line
                // A numbered line ("2. To correct ...") is an item of its own.
                opensBlock = ordered != nil
            }
            let inline = inlineText(content, definitions: definitions.targets)
            if inline.text.isEmpty {
                // An anchor line (`<a id="cookies"></a>`) names the heading after it.
                if let id = inline.id { pendingAnchor = id }
                continue
            }
            // A paragraph wrapped over several lines is one paragraph, as Markdown renders
            // it, so that its sentences are read whole.
            if !opensBlock, let open = paragraph, open.line == number - 1, open.isQuote == isQuote,
               let last = blocks.indices.last, blocks[last].endLine == number - 1,
               Self.continuesParagraph(previous: open.lastLine, next: content) {
                let joint = blocks[last].text.utf8.count + 1
                blocks[last].text += " " + inline.text
                blocks[last].links += inline.links.map { Link(target: $0.target, offset: $0.offset + joint, length: $0.length) }
                blocks[last].lineStarts.append(joint)
                blocks[last].endLine = number
                paragraph = (number, isQuote, line)
                continue
            }
            append(Block(kind: kind, text: inline.text, line: number, links: inline.links))
            paragraph = (number, isQuote, line)
        }
        // Unless the text repeats it as its first heading, or opens with a title of its own
        // ("# Politique de Confidentialité" under `title: Politique de Confidentialité Air360`).
        if let frontMatterTitle {
            let firstHeading = blocks.first(where: \.isHeading)
            let opensWithTitle = blocks.first.map { $0.kind == .heading(level: 1) } ?? false
            if !opensWithTitle, firstHeading.map({ $0.text.lowercased() != frontMatterTitle.text.lowercased() }) ?? true {
                blocks.insert(frontMatterTitle, at: 0)
            }
        }
        return blocks
    }

    /// Whether a line continues the paragraph whose last line is `previous`: a wrapped line
    /// does (the line before it ran long, or it goes on in lower case); a short line
    /// followed by a capitalised one is a heading or an entry of its own, as in a file written
    /// one item a line ("Privacy Policy" above "We collect ...").
    static func continuesParagraph(previous: Substring, next: Substring) -> Bool {
        if let first = next.unicodeScalars.first, first.properties.isLowercase { return true }
        // Columns as a wrapping editor counts them: a wide (CJK) character takes two.
        var columns = 0
        for scalar in previous.unicodeScalars {
            columns += isWide(scalar) ? 2 : 1
            if columns >= wrappedLineColumns { return true }
        }
        return false
    }

    /// East Asian wide characters (Hangul, CJK, kana, fullwidth forms).
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD: return true
        default: return false
        }
    }

    /// A line at least this long was wrapped by its writer or editor, not ended on purpose.
    static let wrappedLineColumns = 50

    private static func atxHeading(_ line: Substring) -> (level: Int, text: Substring)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        // `##2. Informazioni`, `#####Facebook`: published without the space, and rendered
        // as headings by the sites that publish them (kramdown); one `#` is a hashtag.
        let spaceless = hashes >= 2 && (rest.first.map { $0.isLetter || $0.isNumber } ?? false)
        // A no-break space after the hashes is a space as typed (editors insert one).
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" || rest.first == "\u{00A0}" || spaceless else { return nil }
        var text = SourceLines.trim(rest)
        // A closing run of hashes, unless it is a heading id (`## Cookies {#cookies}`).
        if !text.hasSuffix("}") {
            while text.last == "#" { text = text.dropLast() }
        }
        text = SourceLines.trim(text)
        return text.isEmpty ? nil : (hashes, text)
    }

    /// A line without the emoji that decorate its bold label (`⚠️ **Notice**: ...`,
    /// `🔒 **Security**`); only when bold follows, so an emoji bullet stays text.
    static func withoutLeadingEmoji(_ line: Substring) -> Substring {
        guard let first = line.unicodeScalars.first, first.value >= 0x2000, first.properties.isEmojiPresentation || first.properties.isEmoji else { return line }
        let rest = line.drop { character in character.unicodeScalars.allSatisfy { $0.value >= 0x2000 && ($0.properties.isEmoji || $0.value == 0xFE0F || $0.value == 0x200D) } }
        let trimmed = SourceLines.trim(rest)
        return trimmed.count < rest.count && (trimmed.hasPrefix("**") || trimmed.hasPrefix("__")) ? trimmed : line
    }

    /// A line without the HTML line break that ends it (`**Quando fai un pagamento**<br>`,
    /// its text on the next line).
    static func withoutTrailingBreak(_ line: Substring) -> Substring {
        guard line.hasSuffix(">") else { return line }
        for tag in ["<br>", "<br/>", "<br />", "<BR>"] where line.hasSuffix(tag) {
            return SourceLines.trim(line.dropLast(tag.count))
        }
        return line
    }

    /// A numbered line in italics from end to end (`_1.4.1 O que são cookies?_`): how some
    /// publishers set their lowest subheadings. Italics without a number are emphasis or a
    /// date line.
    static func numberedItalicLine(_ line: Substring) -> Substring? {
        for marker in ["_", "*"] where line.hasPrefix(marker) && line.hasSuffix(marker) && line.count > 2 {
            let inner = line.dropFirst().dropLast()
            guard !inner.contains(Character(marker)), !inner.hasPrefix(marker), let first = inner.first, !first.isWhitespace,
                  Numbering.parse(inner) != nil, BoldSubheading.isSubheading(inner) else { return nil }
            return inner
        }
        return nil
    }

    /// The text of a line bold from end to end (`**...**` or `__...__`, a colon inside or
    /// after), or a bold name followed only by its particulars in parentheses, short enough
    /// to be a heading and not a sentence: nil otherwise.
    static func boldLine(_ line: Substring) -> Substring? {
        var text = line
        if text.hasSuffix(":") || text.hasSuffix("：") { text = text.dropLast() }
        // A label whose colon sits inside the bold, then a stray full stop (`**Further notes:**.`).
        if text.hasSuffix(":**.") || text.hasSuffix(":__.") { text = text.dropLast() }
        for marker in ["**", "__"] where text.hasPrefix(marker) && text.hasSuffix(marker) && text.count > 2 * marker.count {
            let inner = text.dropFirst(marker.count).dropLast(marker.count)
            guard !inner.contains(marker), let first = inner.first, !first.isWhitespace, BoldSubheading.isSubheading(inner) else { return nil }
            return inner
        }
        // A bold name with its particulars in parentheses and nothing else
        // (`**Supabase** (Supabase Inc., San Francisco, USA)`): a recipient or a service
        // that the lines below describe.
        if let (inner, rest) = leadingBold(text) {
            let after = SourceLines.trim(rest)
            if after.hasPrefix("("), after.hasSuffix(")"), after.dropFirst().firstIndex(of: "(") == nil,
               let first = inner.first, !first.isWhitespace, BoldSubheading.isSubheading(inner),
               LineShape.hasAtMostWords(after, 10) {
                return Substring(String(inner) + " " + String(after))
            }
        }
        return nil
    }

    /// The `**...**` text a line opens with, and what follows it.
    private static func leadingBold(_ line: Substring) -> (bold: Substring, rest: Substring)? {
        guard line.hasPrefix("**") else { return nil }
        let inner = line.dropFirst(2)
        guard let close = inner.range(of: "**") else { return nil }
        return (inner[..<close.lowerBound], inner[close.upperBound...])
    }

    /// A line opening with a bold phrase closed by a colon or a full stop, inside or right
    /// after the bold (`**Data controller:** Acme`, `**IP address** : ...`), and more text:
    /// the phrase and that text. At most eight words, with a letter.
    static func boldLeadIn(_ line: Substring) -> (lead: Substring, rest: Substring)? {
        guard let (bold, rest) = leadingBold(line) else { return nil }
        return BoldSubheading.runIn(bold: bold, after: rest)
    }

    private static func setextLevel(_ line: Substring) -> Int? {
        guard line.count >= 2 else { return nil }
        if line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    /// CommonMark's HTML block starts: a comment, a block-level tag, or a line that is one
    /// complete tag. A line that starts with an inline tag (`<a id>`, `<span>`, `<br/>`)
    /// is a paragraph whose tags are stripped.
    static func startsHTMLBlock(_ line: Substring) -> Bool {
        guard line.hasPrefix("<"), line.count >= 3 else { return false }
        let name = line.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        if name.isEmpty { return line.hasPrefix("<!") || line.hasPrefix("<?") }
        return !inlineTags.contains(name)
    }

    /// How far inline markup is looked for from where it opens.
    static let window = 1000

    /// The next index of a character at or after a position, remembered between calls, so
    /// that a line of a million `<` or `[` is read in linear time.
    struct NextOccurrence {
        let text: Substring
        private var cache: [Character: (from: Substring.Index, found: Substring.Index?)] = [:]

        init(_ text: Substring) { self.text = text }

        mutating func of(_ character: Character, from start: Substring.Index) -> Substring.Index? {
            if let hit = cache[character], hit.from <= start, hit.found.map({ start <= $0 }) ?? true { return hit.found }
            let found = text[start...].firstIndex(of: character)
            cache[character] = (start, found)
            return found
        }

        /// The next occurrence within the window, else nil.
        mutating func near(_ character: Character, from start: Substring.Index) -> Substring.Index? {
            // UTF-8 distances are constant time on native strings; Character distances are not.
            guard let found = of(character, from: start), text.utf8.distance(from: start, to: found) <= 4 * MarkdownReader.window else {
                return nil
            }
            return found
        }
    }

    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "img", "ins", "kbd", "mark",
        "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "font",
    ]

    /// Link reference definitions (`[label]: https://...`): their lines are no text, their
    /// targets resolve `[text][label]` links.
    private static func linkDefinitions(_ lines: [Substring]) -> (targets: [String: String], lines: Set<Int>) {
        var targets: [String: String] = [:], numbers = Set<Int>()
        for (offset, line) in lines.enumerated() where line.hasPrefix("[") && !line.hasPrefix("[^") {
            guard let close = line.firstIndex(of: "]"), line[line.index(after: close)...].hasPrefix("]:") == false,
                  line[close...].hasPrefix("]:") else { continue }
            let label = line[line.index(after: line.startIndex)..<close]
            let rest = SourceLines.trim(line[line.index(close, offsetBy: 2)...])
            guard !label.isEmpty, !rest.isEmpty else { continue }
            let target = rest.prefix { !$0.isWhitespace }.trimmingPrefix("<")
            targets[label.lowercased()] = String(target.hasSuffix(">") ? target.dropLast() : target)
            numbers.insert(offset + 1)
        }
        return (targets, numbers)
    }

    /// A footnote definition's text (`[^1]: The text`), without its marker.
    private static func footnoteDefinition(_ line: Substring) -> Substring? {
        guard line.hasPrefix("[^"), let close = line.firstIndex(of: "]"), line[close...].hasPrefix("]:") else { return nil }
        return SourceLines.trim(line[line.index(close, offsetBy: 2)...])
    }

    /// Replaces HTML comments (`<!-- ... -->`) and MDX comments (`{/* ... */}`, which MDX
    /// sites use for heading anchors) with spaces, line ends kept.
    static func blankingComments(_ text: String) -> String {
        var blanked = text
        for (open, close) in [("<!--", "-->"), ("{/*", "*/}")] where blanked.contains(open) {
            blanked = blanking(blanked, from: open, to: close)
        }
        return blanked
    }

    /// `text` with every run from `open` to `close` (or to the end) made spaces, its line
    /// breaks kept.
    private static func blanking(_ text: String, from open: String, to close: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let start = rest.range(of: open) {
            result += rest[..<start.lowerBound]
            let end = rest[start.upperBound...].range(of: close)
            let comment = rest[start.lowerBound..<(end?.upperBound ?? rest.endIndex)]
            for character in comment { result.append(character.isNewline ? character : " ") }
            rest = end.map { rest[$0.upperBound...] } ?? ""
        }
        result += rest
        return result
    }

    /// A kramdown attribute list (`{: #id .class key="value"}`, `{#id}`) at the start of
    /// `text`, with the id it gives, if any.
    static func attributeList(_ text: Substring) -> (range: Range<Substring.Index>, id: String?)? {
        guard text.hasPrefix("{:") || text.hasPrefix("{#"), let close = text.prefix(200).firstIndex(of: "}") else { return nil }
        let body = text[text.index(text.startIndex, offsetBy: text.hasPrefix("{:") ? 2 : 1)..<close]
        guard !body.contains("{") else { return nil }
        var id: String?
        for token in body.split(whereSeparator: { $0.isWhitespace }) where token.hasPrefix("#") && token.count > 1 {
            id = String(token.dropFirst())
        }
        return (text.startIndex..<text.index(after: close), id)
    }

    /// Text without inline markup: emphasis, code ticks, inline tags, attribute lists and
    /// footnote markers go; links and images keep their text, and links give their targets.
    /// `id` is an anchor the line carries (`{#id}`, `<a id="x">`).
    static func inlineText(_ text: Substring, definitions: [String: String] = [:]) -> (text: String, links: [Link], id: String?) {
        var result = ""
        var links: [Link] = []
        var id: String?
        var index = text.startIndex
        var finder = NextOccurrence(text)

        func addLink(_ target: Substring, length: Int = 0) {
            guard let target = cleanTarget(target) else { return }
            links.append(Link(target: target, offset: result.utf8.count, length: length))
        }

        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "\\", next < text.endIndex {
                result.append(text[next])
                index = text.index(after: next)
                continue
            }
            // Template tags (`{% data variables.product %}`, `{{ site.name }}`) are no text.
            if character == "{", next < text.endIndex, text[next] == "%" || text[next] == "{",
               let brace = finder.near("}", from: next) {
                let isTag = text[next] == "%" ? text[text.index(before: brace)] == "%"
                    : text.index(after: brace) < text.endIndex && text[text.index(after: brace)] == "}"
                if isTag {
                    index = text[next] == "%" ? text.index(after: brace) : text.index(brace, offsetBy: 2)
                    continue
                }
            }
            if character == "{", let attributes = attributeList(text[index...]), attributes.range.lowerBound == index {
                if let found = attributes.id { id = found }
                index = attributes.range.upperBound
                continue
            }
            if character == "<", let close = finder.near(">", from: index) {
                let inside = text[next..<close]
                // An autolink: <https://...>, <mailto:...>, <someone@example.com>.
                if !inside.contains(where: { $0.isWhitespace }), inside.contains(":") || inside.contains("@"), !inside.hasPrefix("/") {
                    let lower = inside.lowercased()
                    let target = lower.hasPrefix("http") || lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") || !inside.contains("@")
                        ? inside : "mailto:" + inside
                    let shown = inside.lowercased().hasPrefix("mailto:") ? inside.dropFirst(7) : inside
                    addLink(Substring(target), length: shown.utf8.count)
                    result += shown
                    index = text.index(after: close)
                    continue
                }
                let name = inside.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                if inlineTags.contains(name) {
                    if name == "a", !inside.hasPrefix("/") {
                        if let href = Self.attribute("href", in: inside) { addLink(Substring(href)) }
                        if let anchor = Self.attribute("id", in: inside) ?? Self.attribute("name", in: inside) { id = anchor }
                    }
                    // A line break or image stands between words; other tags sit inside them.
                    if name == "br" || name == "img" || name == "wbr" { result.append(" ") }
                    index = text.index(after: close)
                    continue
                }
            }
            if character == "!", next < text.endIndex, text[next] == "[" {
                // An image: its alt text is no policy text, its target no link of the text.
                if let end = linkEnd(text, from: next, finder: &finder) { index = end.after; continue }
                index = next
                continue
            }
            if character == "[", next < text.endIndex, text[next] == "^", let close = finder.near("]", from: next) {
                index = text.index(after: close)  // a footnote marker
                continue
            }
            if character == "[", let end = linkEnd(text, from: index, finder: &finder) {
                let inner = inlineText(end.label, definitions: definitions)
                let start = result.utf8.count
                if let target = end.target.map(String.init) ?? definitions[(end.reference ?? end.label).lowercased()] {
                    if let target = cleanTarget(Substring(target)) {
                        links.append(Link(target: target, offset: start, length: inner.text.utf8.count))
                    }
                    result += inner.text
                    links += inner.links.map { Link(target: $0.target, offset: $0.offset + start, length: $0.length) }
                    index = end.after
                    continue
                }
            }
            if character == "*" || character == "`" || (character == "_" && isEmphasisUnderscore(text, index))
                || (character == "~" && next < text.endIndex && text[next] == "~") {
                index = next
                continue
            }
            if character == "&", let entity = entity(text, at: index) {
                result += entity.value
                index = entity.end
                continue
            }
            result.append(character)
            index = next
        }
        // Collapse the spaces tags and attribute lists left; shift link offsets alike.
        var collapsed = ""
        var shifted = links
        var removed = 0
        var previousSpace = true
        var offset = 0
        var linkIndex = 0
        let sortedLinks = links.indices.sorted { links[$0].offset < links[$1].offset }
        for character in result {
            while linkIndex < sortedLinks.count, links[sortedLinks[linkIndex]].offset <= offset {
                shifted[sortedLinks[linkIndex]].offset -= removed
                linkIndex += 1
            }
            let isSpace = character == " " || character == "\t"
            if isSpace && previousSpace { removed += character.utf8.count } else { collapsed.append(character) }
            previousSpace = isSpace
            offset += character.utf8.count
        }
        while linkIndex < sortedLinks.count { shifted[sortedLinks[linkIndex]].offset -= removed; linkIndex += 1 }
        while collapsed.last == " " { collapsed.removeLast() }
        for index in shifted.indices { shifted[index].offset = min(max(0, shifted[index].offset), collapsed.utf8.count) }
        return (collapsed, shifted, id)
    }

    /// A link target without its title (`url "title"`) or angle brackets.
    private static func cleanTarget(_ raw: Substring) -> String? {
        var target = SourceLines.trim(raw)
        if target.hasPrefix("<"), let close = target.firstIndex(of: ">") { target = target[target.index(after: target.startIndex)..<close] }
        if let space = target.firstIndex(where: { $0.isWhitespace }) { target = target[..<space] }
        return target.isEmpty ? nil : String(target)
    }

    /// `[label](target)`, `[label][ref]`, `[label][]` or `[label]` starting at `start`.
    private static func linkEnd(_ text: Substring, from start: Substring.Index, finder: inout NextOccurrence)
        -> (label: Substring, target: Substring?, reference: Substring?, after: Substring.Index)? {
        guard text[start] == "[", finder.near("]", from: start) != nil else { return nil }
        var depth = 0
        var index = start
        var close: Substring.Index?
        // Labels and targets are searched within a window (CommonMark caps labels at 999
        // characters): a line of a million brackets stays linear.
        let limit = text.index(start, offsetBy: Self.window, limitedBy: text.endIndex) ?? text.endIndex
        while index < limit {
            if text[index] == "[" { depth += 1 }
            if text[index] == "]" { depth -= 1; if depth == 0 { close = index; break } }
            index = text.index(after: index)
        }
        guard let close else { return nil }
        let label = text[text.index(after: start)..<close]
        let after = text.index(after: close)
        if after < text.endIndex, text[after] == "(", finder.near(")", from: after) != nil {
            var parens = 0
            var end = after
            let targetLimit = text.index(after, offsetBy: Self.window, limitedBy: text.endIndex) ?? text.endIndex
            while end < targetLimit {
                if text[end] == "(" { parens += 1 }
                if text[end] == ")" { parens -= 1; if parens == 0 { break } }
                end = text.index(after: end)
            }
            guard end < targetLimit else { return nil }
            return (label, text[text.index(after: after)..<end], nil, text.index(after: end))
        }
        if after < text.endIndex, text[after] == "[", let refClose = finder.near("]", from: after) {
            let reference = text[text.index(after: after)..<refClose]
            return (label, nil, reference.isEmpty ? nil : reference, text.index(after: refClose))
        }
        return (label, nil, nil, after)
    }

    /// An attribute's value in the inside of a tag (`a href="..." id=x`).
    static func attribute(_ name: String, in tag: Substring) -> String? {
        var search = tag[...]
        while let range = search.range(of: name, options: .caseInsensitive) {
            let before = range.lowerBound > tag.startIndex ? tag[tag.index(before: range.lowerBound)] : " "
            var rest = tag[range.upperBound...].drop { $0 == " " }
            search = tag[range.upperBound...]
            guard before.isWhitespace, rest.first == "=" else { continue }
            rest = rest.dropFirst().drop { $0 == " " }
            if let quote = rest.first, quote == "\"" || quote == "'" {
                let value = rest.dropFirst().prefix { $0 != quote }
                return String(value)
            }
            return String(rest.prefix { !$0.isWhitespace && $0 != ">" })
        }
        return nil
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "shy": "", "mdash": "—", "ndash": "–",
        "hellip": "…", "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "rsquo": "’", "lsquo": "‘",
        "ldquo": "“", "rdquo": "”", "zwj": "\u{200D}", "zwnj": "\u{200C}",
    ]

    /// A character reference (`&amp;`, `&#39;`, `&#x2019;`) at `index`.
    private static func entity(_ text: Substring, at index: Substring.Index) -> (value: String, end: Substring.Index)? {
        let rest = text[text.index(after: index)...].prefix(12)
        guard let semicolon = rest.firstIndex(of: ";") else { return nil }
        let name = rest[..<semicolon]
        let end = text.index(after: semicolon)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), end)
        }
        guard let value = entities[String(name)] else { return nil }
        return (value, end)
    }

    /// An underscore inside a word (snake_case, e-mail) is text, at a word edge emphasis.
    private static func isEmphasisUnderscore(_ text: Substring, _ index: Substring.Index) -> Bool {
        let before = index > text.startIndex ? text[text.index(before: index)] : " "
        let afterIndex = text.index(after: index)
        let after = afterIndex < text.endIndex ? text[afterIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
