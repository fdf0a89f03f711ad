import CHTML

/// A block of text found in an HTML page, with the line where it starts.
public struct HTMLBlock: Sendable, Equatable {
    public enum Kind: Int32, Sendable { case paragraph = 0, heading = 1, listItem = 2, cell = 3, title = 4 }
    public let kind: Kind
    /// 1 to 6 for headings, 0 otherwise.
    public let level: Int
    public let line: Int
    /// Text with runs of white space collapsed to one space.
    public let text: String
}

/// Extracts text blocks from HTML with libxml2's recovering parser.
public enum HTMLBlocks {
    public static func parse(_ html: String) throws -> [HTMLBlock] {
        let collector = HTMLBlockCollector()
        var html = html
        let status = html.withUTF8 { buffer -> Int32 in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                withExtendedLifetime(collector) {
                    pa_html_blocks(pointer, Int32(buffer.count), Unmanaged.passUnretained(collector).toOpaque()) {
                        context, kind, level, line, text, length in
                        guard let context, let text else { return }
                        let collector = Unmanaged<HTMLBlockCollector>.fromOpaque(context).takeUnretainedValue()
                        let raw = UnsafeRawBufferPointer(start: text, count: Int(length))
                        let collapsed = HTMLBlocks.collapseWhitespace(String(decoding: raw, as: UTF8.self))
                        guard !collapsed.isEmpty else { return }
                        collector.blocks.append(HTMLBlock(
                            kind: HTMLBlock.Kind(rawValue: kind) ?? .paragraph,
                            level: Int(level), line: max(1, Int(line)), text: collapsed))
                    }
                }
            }
        }
        if status != 0 { throw TextError("the HTML parser could not read the document") }
        return collector.blocks
    }

    static func collapseWhitespace(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" "); pendingSpace = false }
                result.append(character)
            }
        }
        return result
    }
}

private final class HTMLBlockCollector { var blocks: [HTMLBlock] = [] }
