import PolicyText

/// Splits sections into sentences with ICU's sentence rules for the document's locale.
/// Blocks never run into each other: a list item or line is at least one sentence, which
/// is what Thai (no sentence punctuation) needs. Holds an ICU iterator: one per thread.
public final class SentenceSplitter {
    private let breaker: TextBreaker

    public init(locale: String) throws {
        breaker = try TextBreaker(.sentence, locale: locale.replacingOccurrences(of: "-", with: "_"))
    }

    public func sentences(of section: Section) -> [Sentence] {
        var result: [Sentence] = []
        if let heading = section.heading {
            result.append(Sentence(text: heading, line: section.startLine, endLine: section.startLine,
                                   section: section.index, isHeading: true))
        }
        for block in section.body where !block.text.isEmpty {
            for piece in split(block.text) {
                result.append(Sentence(text: piece, line: block.line, endLine: block.endLine,
                                       section: section.index, isHeading: false))
            }
        }
        return result
    }

    public func sentences(of sections: [Section]) -> [[Sentence]] {
        sections.map(sentences(of:))
    }

    public func split(_ text: String) -> [String] {
        var pieces: [String] = []
        let utf8 = text.utf8
        breaker.forEachSegment(in: text) { range, _ in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            let piece = SourceLines.trim(text[start..<end])
            if !piece.isEmpty { pieces.append(String(piece)) }
        }
        return pieces
    }
}
