import Foundation
import PolicyText

/// Parses the line format of `.lex` files (see Lexicons/README.md), collecting every
/// problem with its line rather than stopping at the first.
enum LexiconParser {
    static let dataBlocks: Set<String> = ["profile", "units", "numbers", "references", "boilerplate", "false-friends"]

    static func stripComment(_ line: Substring) -> Substring {
        // Bytes, not Characters, read in place: this runs on every line of thirty files at
        // each start.
        guard let comment = withBytes(line, commentStart) else { return SourceLines.trim(line) }
        return SourceLines.trim(line[line.startIndex..<line.utf8.index(line.startIndex, offsetBy: comment)])
    }

    /// Where a comment begins: a "#" at the start or after a space or tab.
    private static func commentStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var from = 0
        while let hash = bytes[from...].firstIndex(of: UInt8(ascii: "#")) {
            if hash == 0 || bytes[hash - 1] == 0x20 || bytes[hash - 1] == 0x09 { return hash }
            from = hash + 1
        }
        return nil
    }

    /// `findingDuplicates: false` skips the duplicate check, which folds every entry: for
    /// the built-in lexicons, which the tests and `lexicon check` keep free of duplicates.
    static func parse(_ text: String, tag: String, file: String, taxonomy: Taxonomy, concepts: ConceptInventory = .empty,
                      findingDuplicates: Bool = true) -> (LanguageLexicon, [LexiconDiagnostic]) {
        var lexicon = LanguageLexicon(tag: tag, file: file)
        var diagnostics: [LexiconDiagnostic] = []
        var block: String?
        // Entries under a bad header are not reported again one by one.
        var skippingBlock = false
        var blockLine: [String: Int] = [:]
        var seen: [String: [String: Int]] = [:]

        func problem(_ line: Int, _ message: String) {
            diagnostics.append(LexiconDiagnostic(file: file, line: line, message: message))
        }
        /// Whether a profile word or boilerplate heading repeats one of its block (reported,
        /// then skipped); otherwise it is remembered.
        func repeats(_ text: String, in block: String, line: Int, described: String) -> Bool {
            guard findingDuplicates else { return false }
            let key = normalizedKey(text, foldAccents: lexicon.foldAccents)
            if let first = seen[block, default: [:]][key] {
                problem(line, "duplicate \(described) `\(text)` (first at line \(first))")
                return true
            }
            seen[block, default: [:]][key] = line
            return false
        }

        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        for (offset, raw) in SourceLines.split(text).enumerated() {
            let number = offset + 1
            let line = stripComment(raw)
            guard !line.isEmpty else { continue }
            // A byte test before each Character test: this runs on every line of every file.
            let lead = line.utf8.first
            // Trimmed, a line starts with "@" or "[" only when its first byte is one.
            if lead == UInt8(ascii: "@"), line.hasPrefix("@") {
                parseDirective(line, number: number, into: &lexicon, problem: problem)
                continue
            }
            if lead == UInt8(ascii: "["), line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    problem(number, "unclosed block header `\(line)`")
                    block = nil
                    skippingBlock = true
                    continue
                }
                let name = String(SourceLines.trim(line.dropFirst().dropLast()))
                if !dataBlocks.contains(name) && taxonomy.position(of: name) == nil {
                    problem(number, "unknown section id `\(name)` (not in taxonomy.txt)")
                    block = nil
                    skippingBlock = true
                    continue
                }
                if let previous = blockLine[name] {
                    problem(number, "block [\(name)] appears twice (first at line \(previous))")
                }
                blockLine[name] = blockLine[name] ?? number
                block = name
                skippingBlock = false
                continue
            }
            guard let block else {
                if !skippingBlock { problem(number, "entry outside any [block]") }
                continue
            }
            let (body, weight, conceptID, optionError) = splitOptions(line)
            if let optionError { problem(number, optionError); continue }
            if conceptID != nil && (block == "profile" || dataBlocks.contains(block)) {
                problem(number, "concept= belongs to heading: and body: entries only"); continue
            }
            switch block {
            case "profile":
                let word = String(body)
                // A byte test first: Foundation's `contains` is slow, and this runs on
                // every profile word of every language at each start.
                if word.utf8.contains(0x20) && word.contains(" ") && !word.unicodeScalars.contains(where: { $0.value > 0x2E80 }) {
                    problem(number, "profile entries are single words, got `\(word)`")
                    continue
                }
                if repeats(word, in: "profile", line: number, described: "profile word") { continue }
                lexicon.profile.append((word, weight ?? 1))
            case "boilerplate":
                let phrase = String(body)
                if repeats(phrase, in: "boilerplate", line: number, described: "boilerplate heading") { continue }
                lexicon.boilerplate.append(phrase)
            case "false-friends":
                let phrase = String(body)
                if repeats(phrase, in: "false-friends", line: number, described: "false friend") { continue }
                lexicon.falseFriends.append(phrase)
            case "units", "numbers", "references":
                guard let colon = firstColon(in: body) else {
                    problem(number, "expected `key: word, word` in [\(block)]")
                    continue
                }
                let key = String(SourceLines.trim(body[body.startIndex..<colon]))
                let words = body[body.index(after: colon)...].split(separator: ",").map { String(SourceLines.trim($0)) }.filter { !$0.isEmpty }
                guard !key.isEmpty, !words.isEmpty else { problem(number, "expected `key: word, word` in [\(block)]"); continue }
                if block == "numbers" {
                    guard let value = Int(key) else { problem(number, "number `\(key)` is not an integer"); continue }
                    lexicon.numbers[value, default: []] += words
                } else if block == "units", let space = key.firstIndex(of: " "), Int(key[..<space]) != nil {
                    // "2 year: سنتين": a word that is a count and a unit at once.
                    let unit = String(key[key.index(after: space)...])
                    guard DurationUnits.canonical.contains(unit) else {
                        problem(number, "unknown duration unit `\(unit)` (expected one of \(DurationUnits.canonical.sorted().joined(separator: ", ")))")
                        continue
                    }
                    lexicon.countedUnits[key, default: []] += words
                } else if block == "units" {
                    guard DurationUnits.canonical.contains(key) else {
                        problem(number, "unknown duration unit `\(key)` (expected one of \(DurationUnits.canonical.sorted().joined(separator: ", ")))")
                        continue
                    }
                    lexicon.units[key, default: []] += words
                } else {
                    lexicon.references[key.lowercased(), default: []] += words
                }
            default:
                guard let colon = firstColon(in: body) else {
                    problem(number, "expected `heading: term` or `body: term` in [\(block)]")
                    continue
                }
                let kindName = SourceLines.trim(body[body.startIndex..<colon])
                guard let kind = LanguageLexicon.Term.Kind(rawValue: String(kindName)) else {
                    problem(number, "unknown entry kind `\(kindName)` (expected heading or body)")
                    continue
                }
                let term = String(SourceLines.trim(body[body.index(after: colon)...]))
                guard !term.isEmpty, term.contains(where: { $0.isLetter || $0.isNumber }) else {
                    problem(number, "empty term")
                    continue
                }
                let key = findingDuplicates ? kind.rawValue + "|" + normalizedKey(term, foldAccents: lexicon.foldAccents) : ""
                if findingDuplicates, let first = seen[block, default: [:]][key] {
                    problem(number, "duplicate \(kind.rawValue) entry `\(term)` in [\(block)] (first at line \(first))")
                    continue
                }
                var concept: ConceptInventory.Concept?
                if let conceptID {
                    guard let known = concepts[conceptID] else {
                        problem(number, concepts.concepts.isEmpty ? "concept `\(conceptID)` but no concepts.txt" : "unknown concept `\(conceptID)` (not in concepts.txt)")
                        continue
                    }
                    guard known.section == block else {
                        problem(number, "concept `\(conceptID)` belongs to [\(known.section)], not [\(block)]"); continue
                    }
                    guard known.entryKind == kind else {
                        problem(number, "concept `\(conceptID)` is a \(known.kind.rawValue) concept: write it as `\(known.entryKind.rawValue):`"); continue
                    }
                    concept = known
                }
                if findingDuplicates { seen[block, default: [:]][key] = number }
                var entry = LanguageLexicon.Term(kind: kind, text: term, weight: weight ?? concept?.weight ?? 1, line: number)
                entry.concept = conceptID
                entry.role = concept?.kind ?? (kind == .heading ? .heading : .body)
                lexicon.sections[block, default: []].append(entry)
            }
        }
        for id in taxonomy.ids {
            if let line = blockLine[id] {
                let terms = lexicon.sections[id] ?? []
                if terms.isEmpty { problem(line, "section [\(id)] has no entries") }
                else if !terms.contains(where: { $0.kind == .heading }) { problem(line, "section [\(id)] has no heading: entry") }
                else if !terms.contains(where: { $0.kind == .body }) { problem(line, "section [\(id)] has no body: entry") }
            } else {
                problem(1, "section [\(id)] is missing")
            }
        }
        if blockLine["profile"] == nil { problem(1, "no [profile] block: the language cannot be identified") }
        lexicon.blockLines = blockLine
        return (lexicon, diagnostics)
    }

    private static func parseDirective(_ line: Substring, number: Int, into lexicon: inout LanguageLexicon,
                                       problem: (Int, String) -> Void) {
        let parts = line.dropFirst().split(maxSplits: 1, whereSeparator: { $0.isWhitespace })
        let name = parts.first.map(String.init) ?? ""
        let value = parts.count > 1 ? String(SourceLines.trim(parts[1])) : ""
        switch name {
        case "language":
            if value != lexicon.tag { problem(number, "@language \(value) does not match the file name (\(lexicon.tag))") }
        case "name":
            lexicon.name = value
        case "fold-accents":
            guard value == "yes" || value == "no" else { problem(number, "@fold-accents takes yes or no"); return }
            lexicon.foldAccents = value == "yes"
        case "prefixes", "suffixes":
            var rules: [LanguageLexicon.AffixRule] = []
            for item in value.split(whereSeparator: { $0.isWhitespace }) {
                let pieces = item.split(separator: ">", omittingEmptySubsequences: false)
                guard pieces.count <= 2, !pieces[0].isEmpty else { problem(number, "bad affix `\(item)`"); return }
                rules.append(.init(affix: TextFolding.fold(String(pieces[0]), stripAccents: false),
                                   replacement: pieces.count == 2 ? String(pieces[1]) : ""))
            }
            if name == "prefixes" { lexicon.prefixes = rules } else { lexicon.suffixes = rules.map(\.affix) }
        case "heading-head":
            guard value == "first" || value == "last" else { problem(number, "@heading-head takes first or last"); return }
            lexicon.headingHeadLast = value == "last"
        case "script":
            break
        default:
            problem(number, "unknown directive @\(name)")
        }
    }

    /// Splits the trailing options `weight=N` (0.1 to 5) and `concept=ID`, in either order.
    private static func splitOptions(_ line: Substring) -> (Substring, Double?, String?, String?) {
        var rest = line
        var weight: Double?
        var concept: String?
        // Most lines carry no option: look for an "=" before anything slower.
        guard withBytes(line, { $0.contains(UInt8(ascii: "=")) }) else { return (line, nil, nil, nil) }
        while let space = lastSpaceOrTab(in: rest) {
            // The space is a Character of its own, a byte long.
            let token = rest[rest.utf8.index(after: space)...]
            // The prefixes are ASCII and checked: the value starts that many bytes on.
            func value(after prefix: StaticString) -> Substring {
                token[token.utf8.index(token.startIndex, offsetBy: prefix.utf8CodeUnitCount)...]
            }
            if startsWith(token, "weight="), weight == nil {
                let valueText = value(after: "weight=")
                guard let value = Double(valueText), value.isFinite else { return (line, nil, nil, "weight `\(valueText)` is not a number") }
                guard (0.1...5).contains(value) else { return (line, nil, nil, "weight \(valueText) is outside 0.1 to 5") }
                weight = value
            } else if startsWith(token, "concept="), concept == nil {
                let id = String(value(after: "concept="))
                guard !id.isEmpty else { return (line, nil, nil, "concept= names no concept") }
                concept = id
            } else {
                break
            }
            rest = SourceLines.trim(rest[rest.startIndex..<space])
        }
        return (rest, weight, concept, nil)
    }

    /// `text.hasPrefix(prefix)` for an ASCII prefix, by bytes when the byte after it is
    /// ASCII too (no combining mark can join the prefix's last Character).
    private static func startsWith(_ text: Substring, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        let byBytes = withBytes(text) { bytes -> Bool? in
            guard bytes.count >= count, memcmp(bytes.baseAddress!, prefix.utf8Start, count) == 0 else { return false }
            return bytes.count == count || bytes[count] < 0x80 ? true : nil
        }
        return byBytes ?? text.hasPrefix(prefix.description)
    }

    /// The last space or tab Character: found by bytes in ASCII text (where a Character
    /// is a byte), by Characters otherwise (a space may carry a combining mark).
    private static func lastSpaceOrTab(in text: Substring) -> Substring.Index? {
        // The last space byte is a Character of its own when the byte after it is ASCII (an
        // option follows it); otherwise a combining mark may join it: ask Characters.
        let last = withBytes(text) { bytes -> (space: Int, nextIsASCII: Bool)? in
            bytes.lastIndex { $0 == 0x20 || $0 == 0x09 }.map { ($0, $0 + 1 == bytes.count || bytes[$0 + 1] < 0x80) }
        }
        if let last, last.nextIsASCII { return text.utf8.index(text.startIndex, offsetBy: last.space) }
        return text.lastIndex(where: { $0 == " " || $0 == "\t" })
    }

    /// `text.firstIndex(of: ":")`, by bytes when ASCII stands on both sides of the first
    /// colon byte (nothing can join it into a longer Character).
    private static func firstColon(in text: Substring) -> Substring.Index? {
        let colon = withBytes(text) { bytes -> (offset: Int, alone: Bool)? in
            bytes.firstIndex(of: UInt8(ascii: ":")).map { ($0, ($0 == 0 || bytes[$0 - 1] < 0x80) && ($0 + 1 == bytes.count || bytes[$0 + 1] < 0x80)) }
        }
        guard let colon else { return nil }
        return colon.alone ? text.utf8.index(text.startIndex, offsetBy: colon.offset) : text.firstIndex(of: ":")
    }

    /// The fields of a line between ASCII separators, each trimmed, empty ones kept: found
    /// by bytes read in place.
    static func fields(of line: Substring, separatedBy separator: UInt8) -> [String] {
        let utf8 = line.utf8
        let ends = withBytes(line) { bytes in bytes.indices.filter { bytes[$0] == separator } } + [utf8.count]
        var start = line.startIndex
        return ends.map { offset in
            let end = utf8.index(line.startIndex, offsetBy: offset)
            defer { if end < line.endIndex { start = utf8.index(after: end) } }
            return String(SourceLines.trim(line[start..<end]))
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text`, in place where they are stored
    /// contiguously (as in every text read from a file or compiled in).
    private static func withBytes<Result>(_ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    static func normalizedKey(_ term: String, foldAccents: Bool = true) -> String {
        collapsingSpaces(TextFolding.fold(term, stripAccents: foldAccents))
    }

    private static func collapsingSpaces(_ folded: String) -> String {
        // Collapse runs of white space only where there are any (rarely).
        var previousSpace = false
        var nonASCII = false
        let needsCollapse = folded.utf8.contains { byte in
            defer { previousSpace = byte == 0x20 }
            nonASCII = nonASCII || byte > 0x7F
            return (0x09...0x0D).contains(byte) || (byte == 0x20 && previousSpace)
        }
        // Scalars, not Characters, for the rare space outside ASCII: every profile word of
        // Thai or Chinese passes here at each start.
        guard needsCollapse || (nonASCII && folded.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isWhitespace })
        else { return folded }
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
