import PolicyText

/// HTML through libxml2's recovering parser: headings, paragraphs, list items and cells,
/// each with the line where it starts.
enum HTMLReader {
    static func blocks(of html: String) -> [Block] {
        guard let parsed = try? HTMLBlocks.parse(html) else { return [] }
        return parsed.compactMap { block in
            switch block.kind {
            case .title: return nil
            case .heading: return Block(kind: .heading(level: block.level), text: block.text, line: block.line)
            case .listItem: return Block(kind: .listItem, text: block.text, line: block.line)
            case .cell: return Block(kind: .cell, text: block.text, line: block.line)
            case .paragraph: return Block(kind: .line, text: block.text, line: block.line)
            }
        }
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
