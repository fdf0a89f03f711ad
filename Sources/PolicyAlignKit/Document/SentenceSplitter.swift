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
            let pieces = splitKeepingOffsets(block.text)
            for (number, piece) in pieces.enumerated() {
                // A link belongs to the sentence its text starts in.
                let end = number + 1 < pieces.count ? pieces[number + 1].offset : Int.max
                let lastByte = piece.offset + max(0, piece.text.utf8.count - 1)
                var sentence = Sentence(text: piece.text, line: block.line(atOffset: piece.offset),
                                        endLine: block.lineStarts.isEmpty ? block.endLine : block.line(atOffset: lastByte),
                                        section: section.index, isHeading: false)
                sentence.startsBlock = number == 0
                sentence.links = block.links.filter { $0.offset >= (number == 0 ? Int.min : piece.offset) && $0.offset < end }.map(\.target)
                result.append(sentence)
            }
        }
        return result
    }

    public func split(_ text: String) -> [String] {
        splitKeepingOffsets(text).map(\.text)
    }

    /// Sentences with the UTF-8 offset where each starts in `text`.
    func splitKeepingOffsets(_ text: String) -> [(text: String, offset: Int)] {
        let pieces = icuPieces(text)
        // ICU's abbreviation list is its locale's: English names inside a translation
        // ("GitHub B.V.", "Colin P. Street", "Inc.") must not end a sentence.
        var merged: [(text: String, offset: Int)] = []
        for piece in pieces {
            if let last = merged.last, Self.endsWithAbbreviation(last.text) {
                merged[merged.count - 1].text += " " + piece.text
            } else {
                merged.append(piece)
            }
        }
        return merged
    }

    static let abbreviations: Set<String> = ["inc", "ltd", "llc", "corp", "co", "st", "no", "nr", "dr", "mr", "mrs", "ms", "vs",
                                             "e.g", "i.e", "z.b", "u.a", "art", "abs", "ca", "approx", "dept", "b.v", "n.v", "s.a",
                                             "gmbh", "plc", "pty", "ag"]

    /// A piece ending with an initial ("P.") or a known abbreviation ("Inc.", "B.V.").
    static func endsWithAbbreviation(_ text: String) -> Bool {
        guard text.hasSuffix(".") else { return false }
        // Only the end matters (a merged run of initials may grow long).
        let word = text.suffix(24).dropLast().split(whereSeparator: { $0.isWhitespace || $0 == "(" || $0 == "," }).last ?? ""
        if word.count == 1, let letter = word.first, letter.isUppercase, letter.isASCII { return true }
        // An ordinal ("am 7. März", "1. Absatz"): one or two digits and a period.
        if (1...2).contains(word.count), word.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return abbreviations.contains(word.lowercased())
    }

    private func icuPieces(_ text: String) -> [(text: String, offset: Int)] {
        var pieces: [(String, Int)] = []
        let utf8 = text.utf8
        breaker.forEachSegment(in: text) { range, _ in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            let piece = SourceLines.trim(text[start..<end])
            guard !piece.isEmpty else { return }
            let offset = range.lowerBound + utf8.distance(from: start, to: piece.startIndex)
            if piece.unicodeScalars.contains(where: { (0x0E01...0x0E5B).contains($0.value) }) {
                // Thai pieces split further at spaces; their offsets follow in order.
                var local = offset
                for part in Self.splitAtThaiSpaces(String(piece)) {
                    pieces.append((part, local))
                    local += part.utf8.count + 1
                }
            } else {
                pieces.append((String(piece), offset))
            }
        }
        return pieces
    }

    /// Thai has no sentence punctuation: writers end a sentence with a space, which ICU's
    /// sentence rules do not take as a boundary. A space between Thai letters ends a
    /// sentence here, once the sentence has some length (short phrases stay together).
    static func splitAtThaiSpaces(_ piece: String) -> [String] {
        func isThai(_ scalar: Unicode.Scalar) -> Bool { (0x0E01...0x0E5B).contains(scalar.value) }
        let scalars = Array(piece.unicodeScalars)
        guard scalars.count > 80, scalars.contains(where: isThai) else { return [piece] }
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var thaiLetters = 0
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count, isThai(scalars[index - 1]), isThai(scalars[index + 1]), thaiLetters >= 80 {
                result.append(String(current))
                current = String.UnicodeScalarView()
                thaiLetters = 0
                continue
            }
            current.append(scalar)
            if isThai(scalar) { thaiLetters += 1 }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }
}
