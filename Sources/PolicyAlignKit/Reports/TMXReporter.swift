import Foundation

/// `align --format tmx`: aligned sentence pairs as TMX 1.4b translation units, for CAT
/// tools (OmegaT, Okapi, Trados). Only pairs with text on both sides become units.
public struct TMXReporter: Reporter {
    public var generated: Date
    public var toolVersion: String

    public init(generated: Date = Date(), toolVersion: String = "0.1.0") {
        self.generated = generated
        self.toolVersion = toolVersion
    }

    public var format: OutputFormat { .tmx }

    public func render(_ alignment: PolicyAlignment) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let date = formatter.string(from: generated)
        let source = alignment.source.language, target = alignment.target.language
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"policyalign\" creationtoolversion=\"\(Self.escape(toolVersion))\" segtype=\"sentence\""
        out += " o-tmf=\"policyalign\" adminlang=\"en\" srclang=\"\(Self.escape(source))\" datatype=\"plaintext\" creationdate=\"\(date)\">\n"
        out += "    <prop type=\"x-source-file\">\(Self.escape(alignment.source.document.file))</prop>\n"
        out += "    <prop type=\"x-target-file\">\(Self.escape(alignment.target.document.file))</prop>\n"
        out += "  </header>\n  <body>\n"
        var unit = 0
        for pair in alignment.sentencePairs where !pair.source.isEmpty && !pair.target.isEmpty {
            unit += 1
            let sourceText = pair.source.map(\.text).joined(separator: " ")
            let targetText = pair.target.map(\.text).joined(separator: " ")
            let label = pair.source.first.map { alignment.source.sections[$0.section].label } ?? Taxonomy.other
            out += "    <tu tuid=\"\(unit)\">\n"
            out += "      <prop type=\"x-section\">\(Self.escape(label))</prop>\n"
            out += "      <prop type=\"x-score\">\(pair.score)</prop>\n"
            out += "      <tuv xml:lang=\"\(Self.escape(source))\"><prop type=\"x-line\">\(pair.source[0].line)</prop><seg>\(Self.escape(sourceText))</seg></tuv>\n"
            out += "      <tuv xml:lang=\"\(Self.escape(target))\"><prop type=\"x-line\">\(pair.target[0].line)</prop><seg>\(Self.escape(targetText))</seg></tuv>\n"
            out += "    </tu>\n"
        }
        return out + "  </body>\n</tmx>\n"
    }

    /// XML escaping: the same as the HTML reports'.
    static func escape(_ text: String) -> String { HTML.escape(text) }
}
