import Foundation
import PolicyText

/// HTML through libxml2's recovering parser: headings, paragraphs, list items and cells,
/// each with the line where it starts.
enum HTMLReader {
    /// The blocks of HTML inside another format (Markdown); none when the parser fails.
    static func blocks(of html: String) -> [Block] { (try? page(of: html))?.blocks ?? [] }

    /// The blocks, and what to say when nesting so deep that part of it was read flat.
    /// Throws the parser's reason when it could not read the page to its end.
    static func page(of html: String) throws -> (blocks: [Block], deepNesting: HTMLBlocks.DeepNesting?) {
        let page = try HTMLBlocks.read(unwrappingComponentTemplate(html))
        // Level of the last heading, under which a short bold paragraph is a subheading.
        var lastLevel = 1
        var blocks: [Block] = []
        for block in page.blocks {
            let links = block.links.map { Link(target: $0.target, offset: $0.offset, length: $0.end - $0.offset) }
            // A paragraph opening with a bold label closed by a colon or full stop is a
            // run-in subheading and its text, as in Markdown.
            if block.kind == .boldLead || block.kind == .boldLineLead {
                let utf8 = block.text.utf8
                let split = utf8.index(utf8.startIndex, offsetBy: min(block.leadLength, utf8.count))
                if let split = split.samePosition(in: block.text),
                   let (lead, rest) = BoldSubheading.runIn(bold: block.text[..<split], after: block.text[split...],
                                                           endsLine: block.kind == .boldLineLead) {
                    let restStart = utf8.distance(from: utf8.startIndex, to: rest.startIndex)
                    var heading = Block(kind: .heading(level: BoldSubheading.level(under: lastLevel)), text: String(lead), line: block.line)
                    heading.isLeadIn = true
                    blocks.append(heading)
                    blocks.append(Block(kind: .line, text: String(rest), line: block.line,
                                        links: links.filter { $0.offset >= restStart }.map {
                                            Link(target: $0.target, offset: $0.offset - restStart, length: $0.length)
                                        }))
                    continue
                }
            }
            let kind: Block.Kind
            switch block.kind {
            case .title: continue
            case .heading:
                kind = .heading(level: block.level)
                lastLevel = block.level
            case .listItem: kind = .listItem
            case .cell: kind = .cell
            case .paragraph, .boldLead, .boldLineLead: kind = .line
            case .boldParagraph:
                kind = BoldSubheading.isSubheading(Substring(block.text)) ? .heading(level: BoldSubheading.level(under: lastLevel)) : .line
            }
            blocks.append(Block(kind: kind, text: block.text, line: block.line, links: links, anchor: block.anchor))
        }
        return (blocks, page.deepNesting)
    }

    /// A single-file component (Vue's `<template>` ... `</template>` around the page) shows
    /// what its template holds, where a `<template>` inside a page is inert markup the
    /// reader skips. The outer template becomes a `<div>`; line numbers stay.
    static func unwrappingComponentTemplate(_ html: String) -> String {
        let start = html.drop { $0.isWhitespace }
        guard start.hasPrefix("<template") else { return html }
        var unwrapped = html
        // Same lengths, so that offsets and lines stay. A Markdown file holds the component
        // in several HTML blocks, the closing tag in the last.
        if let close = html.range(of: "</template>", options: .backwards) { unwrapped.replaceSubrange(close, with: "</div>     ") }
        unwrapped.replaceSubrange(start.startIndex..<start.index(start.startIndex, offsetBy: 9), with: "<div     ")
        return unwrapped
    }

    /// The charset a page declares in `<meta charset>` or `content="...; charset=..."`.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(2048).filter { $0 != 0 }, as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let name = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard !name.isEmpty else { return nil }
        // A page saved as UTF-16 cannot really be in the charset its meta says.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
        return String(name)
    }
}
