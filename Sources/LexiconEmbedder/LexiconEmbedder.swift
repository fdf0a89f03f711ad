import Foundation
import PolicyText

/// Writes a Swift file holding each input file's name and text as a raw string literal:
///   LexiconEmbedder OUTPUT.swift FILE...
@main
struct LexiconEmbedder {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let output = arguments.first else {
            fail("usage: LexiconEmbedder OUTPUT.swift FILE...", code: 64)
        }
        var swift = "// Generated from Lexicons/ at build time; edit the files there, not this one.\n\n"
        swift += "let bundledLexiconFiles: [(name: String, text: String)] = [\n"
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { fail("LexiconEmbedder: \(path): cannot be read", code: 66) }
            // Bytes that are not UTF-8 are kept as U+FFFD; `lexicon check` on the folder names the line.
            let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            let hashes = delimiter(for: text)
            let name = (path as NSString).lastPathComponent
            swift += "    (\"\(name)\", \(hashes)\"\"\"\n\(text)\(text.hasSuffix("\n") ? "" : "\n")\"\"\"\(hashes)),\n"
        }
        swift += "]\n\n"
        // Language identification reads every language's profile at each start: its words
        // are read and folded here once, and its script found, so that a run only hashes
        // the words of the script it meets (the embedder links the system ICU the built binary
        // links, so the folds are the same).
        swift += "let bundledProfiles: [(tag: String, script: String, foldAccents: Bool, entries: String)] = [\n"
        for path in arguments.dropFirst() where path.hasSuffix(".lex") {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let profile = profileEntries(String(decoding: data, as: UTF8.self))
            // Folded as `LanguageProfiles.Source` folds a profile read from a folder.
            let folded = TextFolding.foldLines(profile.entries.map(\.word), stripAccents: profile.foldAccents)
            let entries = zip(folded, profile.entries).map { "\($0)\t\($1.weight)" }.joined(separator: "\n")
            let tag = String((path as NSString).lastPathComponent.dropLast(4))
            let hashes = delimiter(for: entries)
            swift += "    (\"\(tag)\", \"\(Scripts.mainGroup(ofWords: profile.entries.map(\.word)))\", \(profile.foldAccents), \(hashes)\"\"\"\n\(entries)\n\"\"\"\(hashes)),\n"
        }
        swift += "]\n"
        do {
            // Rewritten only when it changes, so an unchanged lexicon rebuilds nothing.
            if FileManager.default.contents(atPath: output) != Data(swift.utf8) {
                try swift.write(toFile: output, atomically: true, encoding: .utf8)
            }
        } catch {
            fail("LexiconEmbedder: \(output): \(error.localizedDescription)", code: 73)
        }
    }

    /// The `[profile]` entries of a `.lex` file, weights as written, and its
    /// `@fold-accents`: the file format of Lexicons/README.md read for that block alone
    /// (comments, blank lines, `weight=N`). A test compares them with the full parser's.
    static func profileEntries(_ text: String) -> (foldAccents: Bool, entries: [(word: String, weight: String)]) {
        var foldAccents = true
        var inProfile = false
        var entries: [(word: String, weight: String)] = []
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            var line = Substring(raw)
            var previous: Character = " "
            for index in line.indices {
                if line[index] == "#" && (previous == " " || previous == "\t") {
                    line = line[..<index]
                    break
                }
                previous = line[index]
            }
            line = trimmed(line)
            if line.isEmpty { continue }
            if line.hasPrefix("@") {
                let parts = line.dropFirst().split(maxSplits: 1, whereSeparator: { $0.isWhitespace })
                if parts.first == "fold-accents", parts.count == 2 { foldAccents = trimmed(parts[1]) != "no" }
            } else if line.hasPrefix("[") && line.hasSuffix("]") {
                inProfile = trimmed(line.dropFirst().dropLast()) == "profile"
            } else if inProfile {
                var weight = "1"
                if let space = line.lastIndex(where: { $0 == " " || $0 == "\t" }), line[line.index(after: space)...].hasPrefix("weight=") {
                    weight = String(line[line.index(after: space)...].dropFirst("weight=".count))
                    line = trimmed(line[..<space])
                }
                entries.append((String(line), weight))
            }
        }
        return (foldAccents, entries)
    }

    static func trimmed(_ text: Substring) -> Substring {
        let blank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{200B}" || $0 == "\u{FEFF}" }
        guard let first = text.firstIndex(where: { !blank($0) }), let last = text.lastIndex(where: { !blank($0) }) else { return "" }
        return text[first...last]
    }

    /// A raw-string delimiter (`#`s) that `text` can neither close early nor escape.
    static func delimiter(for text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        return hashes
    }

    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(code)
    }
}
