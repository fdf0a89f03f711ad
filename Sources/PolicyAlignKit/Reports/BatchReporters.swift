import Foundation

/// `parity --dir`: one parity report per policy of a folder.
public struct BatchParity: Sendable {
    /// What the batch keeps of a policy's report: its counts. The report itself is handed
    /// to the caller as soon as it is made and then let go, so a folder of any size runs in
    /// the memory of the policies in flight.
    public struct Summary: Sendable {
        public let referenceFile: String
        public let referenceLanguage: String
        public let versions: Int
        /// Findings per kind, over every translation of the policy.
        public let counts: [Finding.Kind: Int]
        /// The first few errors and warnings of the policy's report, for the summary.
        public let highlights: [Finding]
        /// Findings the project's ignore rules or baseline set aside.
        public let setAside: Int

        public init(_ report: ParityReport) {
            referenceFile = report.reference.document.file
            referenceLanguage = report.reference.language
            versions = report.alignments.count + 1
            var counts: [Finding.Kind: Int] = [:]
            for alignment in report.alignments { for finding in alignment.findings { counts[finding.kind, default: 0] += 1 } }
            self.counts = counts
            highlights = Array(report.findings.sortedForReport().filter { $0.severity != .note }.prefix(3))
            setAside = report.setAside
        }

        public subscript(_ kinds: Finding.Kind...) -> Int { kinds.reduce(0) { $0 + (counts[$1] ?? 0) } }
        var missing: Int { self[.missingSection] }
        var omitted: Int { self[.omitted] }
        var untranslated: Int { self[.untranslated, .untranslatedDocument] }
        var facts: Int { self[.factMismatch, .factMissing, .factExtra] }
        var truncated: Int { self[.truncated] }
    }

    public struct Entry: Sendable {
        public let group: PolicyGroup
        public let summary: Summary?
        /// Files left out because they could not be read, with the reason.
        public let skipped: [PolicyError]
        /// Why the policy's report could not be written, when it could not: the index then
        /// does not link to it, and the run fails.
        public let writeError: PolicyError?

        public init(group: PolicyGroup, summary: Summary?, skipped: [PolicyError], writeError: PolicyError? = nil) {
            self.group = group
            self.summary = summary
            self.skipped = skipped
            self.writeError = writeError
        }
    }

    public let entries: [Entry]
    public let seconds: Double
    public let workers: Int
    /// The extension of the per-policy reports when they were written to a folder.
    public var reportExtension: String?

    /// The report of an entry inside the output folder, when it was written.
    public func report(of entry: Entry) -> String? {
        guard let reportExtension, entry.summary != nil, entry.writeError == nil else { return nil }
        return Self.reportPath(of: entry.group.name, extension: reportExtension)
    }

    public init(entries: [Entry], seconds: Double, workers: Int) {
        self.entries = entries
        self.seconds = seconds
        self.workers = workers
    }

    public var documents: Int { entries.reduce(0) { $0 + $1.group.files.count } }

    /// Where each policy's report goes inside the output folder: `policies/NAME.EXT`, beside
    /// `index.EXT`, so that no policy name can take the index's place.
    public static func reportPath(of policy: String, extension ext: String) -> String {
        var name = policy.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "\0", with: "_")
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return "policies/\(name).\(ext)"
    }

    /// `reportPath` as a relative URL: every byte outside RFC 3986's unreserved set
    /// percent-encoded, so a name such as `javascript:alert(1)` or `a#b?c` stays a path.
    public static func reportLink(of policy: String, extension ext: String) -> String {
        let path = reportPath(of: policy, extension: ext)
        return path.addingPercentEncoding(withAllowedCharacters: unreservedOrSlash) ?? path
    }

    private static let unreservedOrSlash = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
}

/// The batch summary: one line a policy.
public struct BatchTextReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .text }

    public func render(_ batch: BatchParity) -> String {
        var out = "policy".padding(20) + "reference".padding(12) + "versions  missing  omitted  untranslated  facts  truncated\n"
        for entry in batch.entries {
            let name = truncate(entry.group.name, 19).padding(20)
            guard let summary = entry.summary else {
                out += name + (entry.group.files.count < 2 ? "(one version: nothing to compare)\n" : "(not compared: fewer than two readable versions)\n")
                continue
            }
            out += name + summary.referenceLanguage.padding(12)
                + String(format: "%8d  %7d  %7d  %12d  %5d  %9d\n", summary.versions, summary.missing, summary.omitted,
                         summary.untranslated, summary.facts, summary.truncated)
        }
        for entry in batch.entries { for error in entry.skipped { out += "skipped: \(error.message)\n" } }
        let highlighted = batch.entries.filter { !($0.summary?.highlights.isEmpty ?? true) }
        if !highlighted.isEmpty {
            out += "\nFirst findings (all of them: parity --dir with --output DIR, or parity FILE...):\n"
            for entry in highlighted {
                for finding in entry.summary!.highlights {
                    let place = finding.file + (finding.line.map { ":\($0)" } ?? "")
                    out += "  \(finding.severity.rawValue.padding(7)) \(place)  \(finding.kind.rawValue)  \(truncate(finding.message, 140))\n"
                }
            }
        }
        out += String(format: "%d policies, %d documents in %.2f s on %d cores\n", batch.entries.count, batch.documents, batch.seconds, batch.workers)
        return out
    }
}

public struct BatchJSONReporter: Reporter {
    struct Body: Encodable {
        struct Policy: Encodable {
            let name: String
            @Nullable var reference: String?
            let versions: Int
            let missing: Int
            let omitted: Int
            let untranslated: Int
            let facts: Int
            let truncated: Int
            let skipped: [String]
            /// The policy's report inside the output folder, when one was written.
            @Nullable var report: String?
        }
        let version = jsonContractVersion
        let policies: [Policy]
        let documents: Int
        let seconds: Double
    }

    public init() {}
    public var format: OutputFormat { .json }

    public func render(_ batch: BatchParity) throws -> String {
        try JSONOutput.encode(Body(policies: batch.entries.map {
            Body.Policy(name: $0.group.name, reference: $0.summary?.referenceFile, versions: $0.summary?.versions ?? $0.group.files.count,
                        missing: $0.summary?.missing ?? 0, omitted: $0.summary?.omitted ?? 0,
                        untranslated: $0.summary?.untranslated ?? 0,
                        facts: $0.summary?.facts ?? 0, truncated: $0.summary?.truncated ?? 0,
                        skipped: $0.skipped.map(\.message) + ($0.writeError.map { [$0.message] } ?? []),
                        report: batch.report(of: $0))
        }, documents: batch.documents, seconds: (batch.seconds * 100).rounded() / 100))
    }
}

public struct BatchCSVReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .csv }

    public func render(_ batch: BatchParity) -> String {
        var rows = [["policy", "reference", "versions", "missing", "omitted", "untranslated", "facts", "truncated"]]
        for entry in batch.entries {
            guard let summary = entry.summary else { continue }
            rows.append([entry.group.name, summary.referenceFile, String(summary.versions), String(summary.missing),
                         String(summary.omitted), String(summary.untranslated), String(summary.facts), String(summary.truncated)])
        }
        return rows.map { $0.map(CSV.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
