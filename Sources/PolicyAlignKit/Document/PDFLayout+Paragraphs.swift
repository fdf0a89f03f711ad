import PolicyText

extension PDFLayout {
    static func dominantSize(of lines: [Line]) -> Double {
        var weights: [Double: Int] = [:]
        for line in lines {
            for word in line.words { weights[(word.size * 4).rounded() / 4, default: 0] += word.scalars.count }
        }
        return weights.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key ?? 0
    }

    /// Lines grouped into paragraphs, and each paragraph given its kind.
    struct Paragraphs {
        let lines: [Line]
        /// The size most of the text is set in.
        let bodySize: Double
        /// The usual distance from a line's top to the next one's, per point of font size.
        let pitchPerPoint: Double
        /// Per page, the outermost left and right edges of its body text.
        let edges: [(left: Double, right: Double)]
        /// Words and hyphenated compounds the document writes inside its lines, lowercased:
        /// the evidence for joining a word broken at a line's end.
        let vocabulary: Set<String>

        init(lines: [Line], pageLines: [[Line]]) {
            self.lines = lines
            let bodySize = PDFLayout.dominantSize(of: lines)
            self.bodySize = bodySize
            var ratios: [Double: Int] = [:]
            for (a, b) in zip(lines, lines.dropFirst()) where a.page == b.page && abs(a.size - b.size) < 0.3
                && a.cells == nil && b.cells == nil && b.top > a.top {
                ratios[((b.top - a.top) / b.size * 20).rounded() / 20, default: 0] += 1
            }
            pitchPerPoint = ratios.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 1.2
            // A page's own edges, widened to the usual ones: a page holding only a list, or
            // only a few short lines, does not show where its column starts or ends.
            let measured = pageLines.map { page in
                let text = page.filter { $0.cells == nil }
                let body = text.filter { abs($0.size - bodySize) < 0.5 }
                return (left: text.map(\.left).min(), right: body.map(\.right).max())
            }
            func median(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.sorted()[values.count / 2] }
            let usualLeft = median(measured.compactMap(\.left)), usualRight = median(measured.compactMap(\.right))
            edges = measured.map { page in
                (min(page.left ?? .infinity, usualLeft ?? .infinity), max(page.right ?? 0, usualRight ?? 0))
            }
            vocabulary = Self.vocabulary(lines)
        }

        private static func isHyphen(_ character: Character?) -> Bool { character == "-" || character == "\u{2010}" }

        private static func trimmedToken(_ token: Substring) -> String {
            String(token.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
        }

        private static func vocabulary(_ lines: [Line]) -> Set<String> {
            var words = Set<String>()
            var previousBroken = false
            for line in lines {
                var tokens = line.text.split(whereSeparator: \.isWhitespace)
                let broken = line.endsInSoftHyphen || isHyphen(line.text.last)
                if broken, !tokens.isEmpty { tokens.removeLast() }
                if previousBroken, !tokens.isEmpty { tokens.removeFirst() }
                for token in tokens {
                    let word = trimmedToken(token)
                    if !word.isEmpty { words.insert(word.lowercased()) }
                }
                previousBroken = broken
            }
            return words
        }

        // MARK: Grouping

        func blocks() -> [Block] {
            var groups: [[Line]] = []
            for line in lines {
                if let group = groups.last, continues(group, with: line) {
                    groups[groups.count - 1].append(line)
                } else {
                    groups.append([line])
                }
            }
            let sizedHeadings = groups.filter(isSizedHeading).map { $0[0].size }
            // Heading levels by size, largest first; sizes within half a point are one level.
            var levelSizes: [Double] = []
            for size in sizedHeadings.sorted(by: >) where levelSizes.last.map({ $0 - size > 0.5 }) ?? true {
                levelSizes.append(size)
            }
            return groups.map { group in
                let first = group[0], last = group[group.count - 1]
                let text = joined(group)
                let kind: Block.Kind
                if isSizedHeading(group) {
                    kind = .heading(level: min(6, 1 + (levelSizes.firstIndex { $0 - first.size <= 0.5 } ?? 0)))
                } else if isBoldHeading(group, text: text) {
                    kind = .heading(level: min(6, levelSizes.count + 1))
                } else if let cells = first.cells, group.count == 1 {
                    return Block(kind: .cell, text: cells.map { Self.collapsed($0) }.joined(separator: " | "), line: first.number)
                } else if first.marker != nil || isIndentedItem(group) {
                    kind = .listItem
                } else {
                    kind = .line
                }
                var content = text
                // Bullets are markup; numbers stay, as a Word document's list keeps them.
                if kind == .listItem, let marker = first.marker, marker.count == 1 {
                    content = String(text.dropFirst(marker.count))
                }
                return Block(kind: kind, text: Self.collapsed(content), line: first.number, endLine: last.number)
            }
        }

        private static func collapsed(_ text: String) -> String {
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }

        /// Whether `line` goes on the paragraph `group` has so far.
        func continues(_ group: [Line], with line: Line) -> Bool {
            let previous = group[group.count - 1]
            if previous.cells != nil || line.cells != nil || line.marker != nil { return false }
            if abs(previous.size - line.size) > 0.5 || previous.isRightToLeft != line.isRightToLeft { return false }
            let em = line.size
            if previous.page == line.page {
                let pitch = line.top - previous.top
                if pitch <= 0 || pitch > 1.3 * pitchPerPoint * em + 1 { return false }
            }
            // Indented further than the text above starts: a new paragraph (or a first-line
            // indent). Back out of the text's indent after two lines: the paragraph ended.
            let start = line.isRightToLeft ? -line.right : line.left
            let previousStart = line.isRightToLeft ? -previous.textStart : previous.textStart
            if start > previousStart + 0.8 * em { return false }
            if start < previousStart - 0.8 * em, group.count >= 2 { return false }
            // The line above stopped short of the column's edge by more than this line's
            // first word: that word would have fitted there, so the paragraph had ended.
            guard let firstWord = line.words.first else { return true }
            let width = firstWord.right - firstWord.left
            let edge = edges[previous.page]
            if line.isRightToLeft {
                if previous.left - 0.3 * em - width > edge.left + 1 { return false }
            } else if previous.right + 0.3 * em + width < edge.right - 1 {
                return false
            }
            return true
        }

        // MARK: Kinds

        /// Set clearly larger than the body (by 8% and three quarters of a point at least),
        /// in three lines at most.
        func isSizedHeading(_ group: [Line]) -> Bool {
            let size = group[0].size
            guard group.count <= 3, size >= 1.08 * bodySize, size >= bodySize + 0.75, group[0].cells == nil else { return false }
            let characters = group.reduce(0) { $0 + $1.text.count }
            return characters <= 200 && group.contains { $0.text.contains(where: \.isLetter) }
        }

        /// A short paragraph at body size set wholly in bold, which does not read as a
        /// clause (no trailing comma or semicolon, no long sentence).
        func isBoldHeading(_ group: [Line], text: String) -> Bool {
            guard group.count <= 2, group.allSatisfy(\.isBold), abs(group[0].size - bodySize) <= 0.5, group[0].cells == nil,
                  text.count <= 120, text.contains(where: \.isLetter) else { return false }
            let trimmed = Self.collapsed(text)
            if trimmed.hasSuffix(",") || trimmed.hasSuffix(";") { return false }
            return !trimmed.hasSuffix(".") || trimmed.split(separator: " ").count <= 8
        }

        /// A list whose markers are drawn as shapes (Chromium draws bullets so) shows only by
        /// its indent: every line set in from the column's edge by an em or more, at one
        /// position, and not a centred line.
        func isIndentedItem(_ group: [Line]) -> Bool {
            let first = group[0]
            let edge = edges[first.page]
            let indent = first.isRightToLeft ? edge.right - first.right : first.left - edge.left
            let far = first.isRightToLeft ? first.left - edge.left : edge.right - first.right
            guard indent >= first.size, group.allSatisfy({ abs(($0.isRightToLeft ? $0.right : $0.left) - (first.isRightToLeft ? first.right : first.left)) <= 1 }) else {
                return false
            }
            return group.count > 1 || abs(indent - far) > 2
        }

        // MARK: Joining lines

        /// The paragraph's text: lines joined by a space, without one between scripts that
        /// write no spaces, and across a word broken at the line's end.
        func joined(_ group: [Line]) -> String {
            var text = group[0].text
            for (previous, line) in zip(group, group.dropFirst()) {
                text = join(text, previous: previous, line.text)
            }
            return text
        }

        /// Joins a line to the text before it. A soft hyphen at the end always broke a word.
        /// A plain hyphen after a letter, before a lower-case letter, is read conservatively:
        /// kept when the document writes the hyphenated compound elsewhere ("cross-context"),
        /// dropped when it writes the joined word elsewhere ("information"), and kept when
        /// it writes neither, as no word is made up that the document does not contain.
        func join(_ text: String, previous: Line, _ next: String) -> String {
            if previous.endsInSoftHyphen { return text + next }
            // A hyphen ending a word ("888-", "Third-") joins the next line without a space.
            let hyphenated = Self.isHyphen(text.last) && text.dropLast().last.map { $0.isLetter || $0.isNumber } == true
            if hyphenated, text.dropLast().last?.isLetter == true, next.first?.isLowercase == true {
                let head = Self.trimmedToken(text.dropLast().split(whereSeparator: \.isWhitespace).last ?? "")
                let tail = Self.trimmedToken(next.split(whereSeparator: \.isWhitespace).first ?? "")
                let compound = "\(head)-\(tail)".lowercased()
                if !vocabulary.contains(compound), vocabulary.contains((head + tail).lowercased()) {
                    return text.dropLast() + next
                }
                return text + next
            }
            if hyphenated { return text + next }
            if let last = text.unicodeScalars.last, let first = next.unicodeScalars.first,
               Self.writesNoSpaces(last) || Self.writesNoSpaces(first) {
                return text + next
            }
            return text + " " + next
        }

        private static func writesNoSpaces(_ scalar: Unicode.Scalar) -> Bool {
            // CJK punctuation and full-width forms, and the scripts that put no spaces between words.
            (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
                || Scripts.unspaced.contains(Scripts.code(of: scalar))
        }
    }
}
