import Foundation

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
