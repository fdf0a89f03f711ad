/// The canonical English section taxonomy every policy is mapped onto.
public struct Taxonomy: Sendable {
    public struct Entry: Sendable, Equatable {
        public let id: String
        public let title: String
        public let summary: String
    }

    /// The id of text that fits no canonical section.
    public static let other = "other"

    public let entries: [Entry]
    private let positions: [String: Int]

    public init(entries: [Entry]) {
        self.entries = entries
        positions = Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var ids: [String] { entries.map(\.id) }

    /// Position of an id in the taxonomy, nil for unknown ids.
    public func position(of id: String) -> Int? { positions[id] }

    public func title(of id: String) -> String {
        positions[id].map { entries[$0].title } ?? "Other"
    }

    /// Parses `taxonomy.txt`: `id | title | summary` a line, `#` comments.
    static func parse(_ text: String, file: String) -> (Taxonomy, [LexiconDiagnostic]) {
        var entries: [Entry] = []
        var diagnostics: [LexiconDiagnostic] = []
        for (offset, raw) in SourceLines.split(text).enumerated() {
            let line = LexiconParser.stripComment(raw)
            guard !line.isEmpty else { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { SourceLines.trim($0) }
            guard fields.count == 3, !fields[0].isEmpty, !fields[1].isEmpty else {
                diagnostics.append(LexiconDiagnostic(file: file, line: offset + 1, message: "expected `id | title | description`"))
                continue
            }
            let id = String(fields[0])
            guard id.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0 == "-" }) else {
                diagnostics.append(LexiconDiagnostic(file: file, line: offset + 1, message: "section id `\(id)` must be lowercase kebab-case"))
                continue
            }
            if entries.contains(where: { $0.id == id }) {
                diagnostics.append(LexiconDiagnostic(file: file, line: offset + 1, message: "section id `\(id)` is listed twice"))
                continue
            }
            entries.append(Entry(id: id, title: String(fields[1]), summary: String(fields[2])))
        }
        if entries.isEmpty { diagnostics.append(LexiconDiagnostic(file: file, line: 1, message: "no sections listed")) }
        return (Taxonomy(entries: entries), diagnostics)
    }
}
