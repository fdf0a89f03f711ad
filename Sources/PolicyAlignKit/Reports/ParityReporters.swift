/// `policyalign parity --format json`, as the command-line contract gives it.
struct ParityJSON: Encodable {
    struct Document: Encodable {
        /// The key of the document's cells in the matrix: its file, as given.
        let id: String
        let file: String
        let language: String
        /// Share of the text still in the reference's language (null for the reference).
        @Nullable var untranslatedShare: Double?
    }
    struct Missing: Encodable { let file: String; let label: String; let referenceSection: Int }
    struct Extra: Encodable { let file: String; let section: Int; let label: String }
    struct Truncated: Encodable { let file: String; let section: Int; let referenceSection: Int; let relativeLength: Double }
    struct Disagreement: Encodable { let file: String; let section: Int; let referenceSection: Int; let label: String; let referenceLabel: String }

    let version = jsonContractVersion
    let reference: String
    let documents: [Document]
    let matrix: [String: [String: String]]
    let missing: [Missing]
    let extra: [Extra]
    let untranslated: [ClauseJSON]
    let facts: [FactJSON]
    let truncated: [Truncated]
    let labelDisagreements: [Disagreement]
    let findings: [FindingJSON]

    init(_ report: ParityReport) {
        reference = report.reference.document.file
        let shares = Dictionary(report.untranslatedShares.map { ($0.file, $0.share) }, uniquingKeysWith: { first, _ in first })
        documents = report.columns.enumerated().map { offset, column in
            Document(id: column.file, file: column.file, language: column.language, untranslatedShare: offset == 0 ? nil : shares[column.file])
        }
        findings = report.findings.sortedForReport().map(FindingJSON.init)
        // Keyed by document id (the file), never by language: the shape stays the same when
        // two versions share a language.
        let fileOfColumn = Dictionary(report.columns.map { ($0.key, $0.file) }, uniquingKeysWith: { first, _ in first })
        var matrix: [String: [String: String]] = [:]
        for row in report.matrix {
            matrix[row.label] = Dictionary(row.cells.map { (fileOfColumn[$0.column] ?? $0.column, $0.presence.rawValue) },
                                           uniquingKeysWith: { first, _ in first })
        }
        self.matrix = matrix
        missing = report.missing.map { Missing(file: $0.file, label: $0.label, referenceSection: $0.referenceSection) }
        extra = report.extra.map { Extra(file: $0.file, section: $0.section, label: $0.label) }
        untranslated = report.untranslated.map { ClauseJSON($0.clause, file: $0.file) }
        facts = report.facts.map { FactJSON($0.finding, file: $0.file) }
        truncated = report.truncated.map { Truncated(file: $0.file, section: $0.section, referenceSection: $0.referenceSection, relativeLength: $0.relativeLength) }
        labelDisagreements = report.disagreements.map {
            Disagreement(file: $0.file, section: $0.section, referenceSection: $0.referenceSection, label: $0.label, referenceLabel: $0.referenceLabel)
        }
    }
}

public struct ParityJSONReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .json }
    public func render(_ report: ParityReport) throws -> String { try JSONOutput.encode(ParityJSON(report)) }
}

/// `parity --format csv`: the matrix, one row per canonical section, one column per
/// document (RFC 4180: fields with commas, quotes or line breaks are quoted).
public struct ParityCSVReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .csv }

    public func render(_ report: ParityReport) -> String {
        var rows = [["section"] + report.columns.map(\.file)]
        for row in report.matrix { rows.append([row.label] + row.cells.map(\.presence.rawValue)) }
        return rows.map { $0.map(CSV.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}

enum CSV {
    /// A cell as RFC 4180 writes it. A cell a spreadsheet would run as a formula (starting
    /// with `=`, `+`, `-`, `@`, tab or CR: file names and policy text can) is prefixed with
    /// `'`, as OWASP's CSV-injection advice says.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// `policyalign parity` for people: the section matrix, then each kind of finding.
public struct ParityTextReporter: Reporter {
    public var style: TerminalStyle
    public init(style: TerminalStyle = .plain) { self.style = style }
    public var format: OutputFormat { .text }

    public func render(_ report: ParityReport) -> String {
        var out = style.bold("Reference: \(report.reference.document.file) (\(report.reference.language))") + "\n"
        let width = max(8, report.columns.map(\.key.count).max() ?? 8)
        out += "section".padding(18) + report.columns.map { $0.key.padding(width) }.joined(separator: " ") + "\n"
        for row in report.matrix {
            out += row.label.padding(18) + row.cells.map { cell in
                cell.presence == .present ? "✓".padding(width) : style.error("missing".padding(width))
            }.joined(separator: " ") + "\n"
        }
        out += "\n\(report.missing.count) missing, \(report.extra.count) extra, \(report.untranslated.count) untranslated, "
        out += "\(report.facts.count) fact differences, \(report.truncated.count) likely truncated\n"
        // One line per translation with text left in the reference's language; the rest in one.
        let language = FindingsBuilder.name(report.reference.language)
        let notable = report.untranslatedShares.filter { $0.share >= 0.05 }
        for (file, share) in notable {
            out += "\(file): " + FindingsBuilder.shareSentence(share, sourceLanguage: report.reference.language) + "\n"
        }
        let rest = report.untranslatedShares.count - notable.count
        if rest > 0 { out += "\(notable.isEmpty ? "" : "other ")\(rest) translation\(rest == 1 ? "" : "s"): under 5% of the text still in \(language)\n" }
        // Where a translation's own reading of a section differs from the original's: a
        // place to look, often a lexicon's gap rather than the translation's, so one line.
        if !report.disagreements.isEmpty {
            let files = Set(report.disagreements.map(\.file)).count
            out += "\(report.disagreements.count) section\(report.disagreements.count == 1 ? "" : "s") in \(files) translation\(files == 1 ? "" : "s") "
            out += "read\(report.disagreements.count == 1 ? "s" : "") as another topic than the original's (listed in --format json: labelDisagreements)\n"
        }
        out += FindingsTextRenderer(style: style, showFile: true).render(report.findings)
        return out
    }
}
