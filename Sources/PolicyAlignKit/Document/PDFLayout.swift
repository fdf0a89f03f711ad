import PolicyText

/// The blocks of a PDF's pages, built from its words' geometry: lines, running headers and
/// footers, paragraphs, headings, list items and table rows (the rules are listed on
/// `PDFReader`). Lengths are in points; `size` is a font size.
struct PDFLayout {
    private(set) var blocks: [Block] = []
    /// Text lines kept (running headers and footers not counted).
    private(set) var lineCount = 0
    /// The running number of each page's first line (see `PolicyDocument.pageStarts`).
    private(set) var pageStarts: [Int] = []

    typealias Word = PDFReader.Word

    struct Line {
        var page: Int
        /// Reading order, footnote marks removed.
        var words: [Word]
        var text: String
        /// The text of each cell when the line is a table row (words set apart by wide gaps).
        var cells: [String]?
        var left, top, right, bottom: Double
        /// The size most of its characters are set in.
        var size: Double
        var isBold: Bool
        var isRightToLeft: Bool
        /// A list marker opening the line ("•", "1.", "(a)").
        var marker: String?
        /// Where its text starts after any marker: the left edge, or the right edge for a
        /// right-to-left line.
        var textStart: Double
        /// Its last word ended in a soft hyphen: a word was certainly broken there.
        var endsInSoftHyphen = false
        var number = 0
    }

    init(pages: [PDFReader.Page]) {
        let rightToLeftDocument = Self.isMostlyRightToLeft(pages.flatMap(\.words))
        var pageLines = pages.enumerated().map { index, page in
            Self.lines(of: page.words, page: index, rightToLeftBase: rightToLeftDocument)
        }
        Self.dropRunningHeadersAndFooters(&pageLines)
        var number = 0
        for page in pageLines.indices {
            pageStarts.append(number + 1)
            for index in pageLines[page].indices {
                number += 1
                pageLines[page][index].number = number
            }
        }
        lineCount = number
        let lines = pageLines.flatMap { $0 }
        guard !lines.isEmpty else { return }
        blocks = Paragraphs(lines: lines, pageLines: pageLines).blocks()
    }

    // MARK: Lines

    private static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && scalar.value >= 0x0590 && Scripts.rightToLeft.contains(Scripts.code(of: scalar))
    }

    private static func isLeftToRightLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && !isRightToLeft(scalar)
    }

    static func isMostlyRightToLeft(_ words: [Word]) -> Bool {
        var rightToLeft = 0, leftToRight = 0
        for word in words {
            for scalar in word.scalars where scalar.properties.isAlphabetic {
                if isRightToLeft(scalar) { rightToLeft += 1 } else { leftToRight += 1 }
            }
        }
        return rightToLeft > leftToRight
    }

    /// The words of a page as lines, top to bottom.
    static func lines(of words: [Word], page: Int, rightToLeftBase: Bool) -> [Line] {
        var groups: [[Word]] = []
        var reference: (centre: Double, height: Double)?
        // Words whose centres lie within half a line of each other are one line; the tallest
        // word sets the line's centre, so that raised footnote marks stay on it.
        for word in words.sorted(by: { $0.centre < $1.centre }) {
            if let current = reference, abs(word.centre - current.centre) <= 0.5 * min(word.height, current.height) {
                groups[groups.count - 1].append(word)
                if word.height > current.height { reference = (word.centre, word.height) }
            } else {
                groups.append([word])
                reference = (word.centre, word.height)
            }
        }
        return groups.compactMap { line(of: $0, page: page, rightToLeftBase: rightToLeftBase) }
    }

    private static func dominantSize(_ words: [Word]) -> Double {
        var weights: [Double: Int] = [:]
        for word in words { weights[(word.size * 4).rounded() / 4, default: 0] += word.scalars.count }
        return weights.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key ?? 0
    }

    private static let footnoteMarks: Set<Unicode.Scalar> = ["*", "†", "‡", "§", "¹", "²", "³"]

    private static func line(of group: [Word], page: Int, rightToLeftBase: Bool) -> Line? {
        let size = dominantSize(group)
        let body = group.filter { abs($0.size - size) < 0.3 }
        let centre = body.map(\.centre).sorted()[body.count / 2]
        // A small raised number or star is a footnote mark: not part of the sentence (and not
        // a number the fact checks should compare).
        let words = group.filter { word in
            let isMark = word.scalars.count <= 3
                && word.scalars.allSatisfy { ("0"..."9").contains($0) || footnoteMarks.contains($0) }
            return !(isMark && word.size < 0.85 * size && word.centre < centre - 0.15 * size)
        }
        guard !words.isEmpty else { return nil }
        let hasRightToLeft = words.contains { $0.scalars.contains(where: Self.isRightToLeft) }
        let hasLeftToRight = words.contains { $0.scalars.contains(where: Self.isLeftToRightLetter) }
        let readsRightToLeft = hasRightToLeft && (!hasLeftToRight || rightToLeftBase)
        var visual: [Word] = []
        // Boxes that touch are one word: poppler splits some words (at an Arabic letter that
        // does not join, at a change of font), and a right-to-left word is reordered whole.
        for word in words.sorted(by: { readsRightToLeft ? $0.right > $1.right : $0.left < $1.left }) {
            if let last = visual.last, (readsRightToLeft ? last.left - word.right : word.left - last.right) <= 0.12 * min(last.size, word.size),
               readsRightToLeft || !last.spaceAfter {
                let (left, right) = last.left <= word.left ? (last, word) : (word, last)
                var merged = last
                merged.scalars = left.scalars + right.scalars
                merged.edges = left.edges + right.edges
                merged.left = min(last.left, word.left)
                merged.right = max(last.right, word.right)
                merged.top = min(last.top, word.top)
                merged.bottom = max(last.bottom, word.bottom)
                merged.isBold = last.isBold && word.isBold
                merged.spaceAfter = right.spaceAfter
                visual[visual.count - 1] = merged
            } else {
                visual.append(word)
            }
        }
        for index in visual.indices {
            visual[index] = readingOrder(visual[index], rightToLeftLine: readsRightToLeft)
            visual[index].endsInSoftHyphen = trimSoftHyphen(&visual[index])
        }
        // Separators between visual neighbours: nothing, a space, or a column gap (a table).
        // A gap is a column's when it is wide and poppler saw no space there (it puts table
        // cells in separate blocks), or very wide: justified lines stretch spaces, not that far.
        var separators: [String] = []
        for (a, b) in zip(visual, visual.dropFirst()) {
            let gap = readsRightToLeft ? a.left - b.right : b.left - a.right
            let em = min(a.size, b.size)
            // poppler's own word spacing is in drawing order: trusted for left-to-right lines only.
            let spaceSeen = !readsRightToLeft && a.spaceAfter
            if gap > 3 * em || (gap > 1.5 * em && !spaceSeen) {
                separators.append(" | ")
            } else if gap > 0.12 * em || spaceSeen {
                separators.append(" ")
            } else {
                separators.append("")
            }
        }
        let marker = visual.count > 1 && separators[0] != "" ? listMarker(visual[0].text) : nil
        if marker != nil, separators[0] == " | " { separators[0] = " " }
        reverseEmbeddedRuns(&visual, &separators, rightToLeftBase: readsRightToLeft)
        var text = visual[0].text
        var cells = [visual[0].text]
        for (separator, word) in zip(separators, visual.dropFirst()) {
            text += separator + word.text
            if separator == " | " { cells.append(word.text) } else { cells[cells.count - 1] += separator + word.text }
        }
        let textWord = marker != nil ? visual[1] : visual[0]
        return Line(page: page, words: visual, text: text, cells: cells.count > 1 ? cells : nil, left: words.map(\.left).min()!, top: words.map(\.top).min()!,
                    right: words.map(\.right).max()!, bottom: words.map(\.bottom).max()!, size: size,
                    isBold: words.allSatisfy(\.isBold), isRightToLeft: readsRightToLeft, marker: marker,
                    textStart: readsRightToLeft ? textWord.right : textWord.left, endsInSoftHyphen: visual.last!.endsInSoftHyphen)
    }

    /// Removes soft hyphens; true when one ended the word (with the hyphen drawn for it).
    private static func trimSoftHyphen(_ word: inout Word) -> Bool {
        guard let soft = word.scalars.lastIndex(of: "\u{AD}") else { return false }
        let after = word.scalars[(soft + 1)...]
        let ends = after.isEmpty || (after.count == 1 && ["-", "\u{2010}"].contains(after.first!))
        if ends { word.scalars.removeSubrange(soft...) }
        word.scalars.removeAll { $0 == "\u{AD}" }
        return ends
    }

    /// A word's scalars in reading order. poppler gives them as drawn, left to right, so a
    /// right-to-left run inside a word reads backwards: each run of right-to-left letters
    /// (with the punctuation between them) is reversed, combining marks kept after their
    /// letter; in a right-to-left line the runs themselves are read right to left too, a run
    /// of Latin letters or digits ("HTML", "888-3962") keeping its own order.
    static func readingOrder(_ word: Word, rightToLeftLine: Bool) -> Word {
        guard rightToLeftLine || word.scalars.contains(where: isRightToLeft) else { return word }
        // Clusters: a letter and the combining marks drawn after it.
        var clusters: [[Int]] = []
        for index in word.scalars.indices {
            if !clusters.isEmpty, word.scalars[index].properties.generalCategory == .nonspacingMark {
                clusters[clusters.count - 1].append(index)
            } else {
                clusters.append([index])
            }
        }
        func isLatinOrDigit(_ cluster: [Int]) -> Bool {
            let scalar = word.scalars[cluster[0]]
            return isLeftToRightLetter(scalar) || scalar.properties.numericType != nil
        }
        func isRightToLeftLetter(_ cluster: [Int]) -> Bool { isRightToLeft(word.scalars[cluster[0]]) }
        // Runs of one direction; what lies between two clusters of a kind joins their run.
        let strong: ([Int]) -> Bool = rightToLeftLine ? isLatinOrDigit : isRightToLeftLetter
        var runs: [(clusters: [[Int]], isStrong: Bool)] = []
        var index = 0
        while index < clusters.count {
            if strong(clusters[index]) {
                var end = index
                var probe = index + 1
                while probe < clusters.count {
                    if strong(clusters[probe]) { end = probe } else if rightToLeftLine ? isRightToLeftLetter(clusters[probe]) : isLatinOrDigit(clusters[probe]) { break }
                    probe += 1
                }
                runs.append((Array(clusters[index...end]), true))
                index = end + 1
            } else {
                if let last = runs.last, !last.isStrong {
                    runs[runs.count - 1].clusters.append(clusters[index])
                } else {
                    runs.append(([clusters[index]], false))
                }
                index += 1
            }
        }
        // In a right-to-left line the runs read right to left, and all but the Latin ones
        // backwards; in a left-to-right line only the right-to-left runs read backwards.
        let ordered = rightToLeftLine ? runs.reversed() : runs
        var order: [Int] = []
        for run in ordered {
            let readsBackwards = rightToLeftLine ? !run.isStrong : run.isStrong
            let scalars = (readsBackwards ? run.clusters.reversed() : run.clusters).flatMap { $0 }
            order += readsBackwards ? lamAlefRestored(scalars, in: word.scalars) : scalars
        }
        var reordered = word
        reordered.scalars = order.map { word.scalars[$0] }
        reordered.edges = order.map { word.edges[$0] }
        return reordered
    }

    private static let alefs: Set<Unicode.Scalar> = ["\u{0627}", "\u{0623}", "\u{0625}", "\u{0622}"]

    /// An Arabic lam before an alef is drawn as one glyph whose two characters poppler gives
    /// in reading order, so reading the run backwards turns "لا" into "ال" – exactly what an
    /// alef before a lam (the article) gives, drawn as two glyphs. The text alone settles it
    /// only where "ال" cannot stand: after another alef ("اال" is "الا"), and as a word of
    /// its own or after a one-letter conjunction or preposition ("ال", "وال" are "لا", "ولا").
    /// Elsewhere it stays as read ("والية" for "ولاية", "خالل" for "خلال").
    private static func lamAlefRestored(_ order: [Int], in scalars: [Unicode.Scalar]) -> [Int] {
        var order = order
        let letters = order.indices.filter { scalars[order[$0]].properties.isAlphabetic || scalars[order[$0]] == "\u{0640}" }
        let prefixes: Set<Unicode.Scalar> = ["\u{0648}", "\u{0641}", "\u{0628}", "\u{0643}"]
        var position = 0
        while position + 1 < letters.count {
            let alef = letters[position], lam = letters[position + 1]
            guard alefs.contains(scalars[order[alef]]), scalars[order[lam]] == "\u{0644}" else { position += 1; continue }
            let afterAlef = position > 0 && alefs.contains(scalars[order[letters[position - 1]]])
            let isWord = position + 2 == letters.count
                && (position == 0 || (position == 1 && prefixes.contains(scalars[order[letters[0]]])))
            if afterAlef || isWord {
                order.swapAt(alef, lam)
                position += 2
            } else {
                position += 1
            }
        }
        return order
    }

    /// Inside a right-to-left line, a run of Latin words (with the numbers and punctuation
    /// between them, and numbers right after them) reads left to right; and the other way
    /// round for an Arabic or Hebrew run in a left-to-right line.
    private static func reverseEmbeddedRuns(_ words: inout [Word], _ separators: inout [String], rightToLeftBase: Bool) {
        func isOpposite(_ word: Word) -> Bool {
            rightToLeftBase ? word.scalars.contains(where: isLeftToRightLetter) : word.scalars.contains(where: isRightToLeft)
        }
        func isBase(_ word: Word) -> Bool {
            rightToLeftBase ? word.scalars.contains(where: isRightToLeft) : word.scalars.contains(where: isLeftToRightLetter)
        }
        var index = 0
        while index < words.count {
            guard isOpposite(words[index]) else { index += 1; continue }
            var start = index, end = index
            var probe = index + 1
            while probe < words.count, !isBase(words[probe]) {
                if isOpposite(words[probe]) { end = probe }
                probe += 1
            }
            // Numbers written right after a Latin run belong to it ("Dynatron 2024"): drawn
            // to its right, they come before it in a right-to-left line's order.
            if rightToLeftBase {
                while start > 0, !isBase(words[start - 1]), words[start - 1].scalars.contains(where: { ("0"..."9").contains($0) }),
                      separators[start - 1] != " | " {
                    start -= 1
                }
            }
            if end > start, !separators[start..<end].contains(" | ") {
                words[start...end].reverse()
                separators[start..<end].reverse()
            }
            index = end + 1
        }
    }

    /// The marker a line's first word is, if it is one: a bullet, or a number or letter with
    /// a dot or parenthesis ("1.", "a)", "(iv)").
    static func listMarker(_ word: String) -> String? {
        let bullets: Set<Character> = ListMarker.bullets.union(["▪", "■", "□", "►", "➢", "✓", "\u{F0B7}", "\u{F0A7}", "\u{F0D8}", "\u{F076}", "\u{F0FC}"])
        if word.count == 1, let first = word.first, bullets.contains(first) { return word }
        var body = Substring(word)
        if body.hasPrefix("("), body.hasSuffix(")") {
            body = body.dropFirst().dropLast()
        } else if body.hasSuffix(".") || body.hasSuffix(")") {
            body = body.dropLast()
        } else {
            return nil
        }
        let isNumber = (1...3).contains(body.count) && body.allSatisfy { $0.isASCII && $0.isNumber }
        let isLetter = body.count == 1 && body.allSatisfy { $0.isASCII && $0.isLowercase }
        let isRoman = (1...5).contains(body.count) && body.allSatisfy { "ivxlc".contains($0) }
        return isNumber || isLetter || isRoman ? word : nil
    }

    // MARK: Running headers and footers

    /// Drops lines among the first or last three of a page that repeat at about the same
    /// height on at least half the pages, digits set aside ("Page 3 of 9").
    static func dropRunningHeadersAndFooters(_ pages: inout [[Line]]) {
        guard pages.count >= 2 else { return }
        func key(_ line: Line) -> String {
            var text = ""
            for scalar in line.text.lowercased().unicodeScalars where !scalar.properties.isWhitespace {
                text.unicodeScalars.append(Scripts.digitValue(of: scalar) != nil ? "#" : scalar)
            }
            return text
        }
        struct Place { var page: Int; var index: Int; var top: Double; var size: Double }
        var places: [String: [Place]] = [:]
        for (page, lines) in pages.enumerated() {
            let edges = Set(Array(lines.indices.prefix(3)) + Array(lines.indices.suffix(3)))
            for index in edges.sorted() {
                places[key(lines[index]), default: []].append(Place(page: page, index: index, top: lines[index].top, size: lines[index].size))
            }
        }
        let needed = max(2, pages.count / 2)
        var dropped: [Int: Set<Int>] = [:]
        for (_, found) in places where found.count >= needed {
            // The height most of them share: a title that reads like the header is kept.
            for anchor in found {
                let same = found.filter { abs($0.top - anchor.top) <= max(2, 0.5 * anchor.size) }
                guard Set(same.map(\.page)).count >= needed else { continue }
                for place in same { dropped[place.page, default: []].insert(place.index) }
                break
            }
        }
        for (page, indices) in dropped {
            pages[page] = pages[page].enumerated().filter { !indices.contains($0.offset) }.map(\.element)
        }
    }
}
