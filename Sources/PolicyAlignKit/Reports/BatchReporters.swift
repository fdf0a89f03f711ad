import Foundation

/// `parity --dir`: one parity report per policy of a folder.
public struct BatchParity: Sendable {
    public struct Entry: Sendable {
        public let group: PolicyGroup
        public let report: ParityReport?
        /// Files left out because they could not be read, with the reason.
        public let skipped: [PolicyError]

        public init(group: PolicyGroup, report: ParityReport?, skipped: [PolicyError]) {
            self.group = group
            self.report = report
            self.skipped = skipped
        }
    }

    public let entries: [Entry]
    public let seconds: Double
    public let workers: Int

    public init(entries: [Entry], seconds: Double, workers: Int) {
        self.entries = entries
        self.seconds = seconds
        self.workers = workers
    }

    public var documents: Int { entries.reduce(0) { $0 + $1.group.files.count } }

    public func findings(_ kind: ParityReport.Finding) -> Int {
        entries.reduce(0) { $0 + ($1.report?.findings(kind) ?? 0) }
    }
}

/// The batch summary: one line a policy.
public struct BatchTextReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .text }

    public func render(_ batch: BatchParity) -> String {
        var out = "policy".padding(20) + "reference".padding(12) + "versions  missing  untranslated  facts  truncated\n"
        for entry in batch.entries {
            let name = truncate(entry.group.name, 19).padding(20)
            guard let report = entry.report else {
                out += name + (entry.group.files.count < 2 ? "(one version: nothing to compare)\n" : "(not compared: fewer than two readable versions)\n")
                continue
            }
            out += name + report.reference.language.padding(12)
                + String(format: "%8d  %7d  %12d  %5d  %9d\n", report.alignments.count + 1, report.missing.count,
                         report.untranslated.count, report.facts.count, report.truncated.count)
        }
        for entry in batch.entries { for error in entry.skipped { out += "skipped: \(error.message)\n" } }
        out += String(format: "%d policies, %d documents in %.2f s on %d cores\n", batch.entries.count, batch.documents, batch.seconds, batch.workers)
        return out
    }
}

public struct BatchJSONReporter: Reporter {
    struct Body: Encodable {
        struct Policy: Encodable {
            let name: String
            let report: ParityJSON?
            let skipped: [String]
        }
        let version = 1
        let policies: [Policy]
        let documents: Int
        let seconds: Double
    }

    public init() {}
    public var format: OutputFormat { .json }

    public func render(_ batch: BatchParity) throws -> String {
        try JSONOutput.encode(Body(policies: batch.entries.map {
            Body.Policy(name: $0.group.name, report: $0.report.map(ParityJSON.init), skipped: $0.skipped.map(\.message))
        }, documents: batch.documents, seconds: (batch.seconds * 100).rounded() / 100))
    }
}

public struct BatchCSVReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .csv }

    public func render(_ batch: BatchParity) -> String {
        var rows = [["policy", "reference", "versions", "missing", "untranslated", "facts", "truncated"]]
        for entry in batch.entries {
            guard let report = entry.report else { continue }
            rows.append([entry.group.name, report.reference.document.file, String(report.alignments.count + 1),
                         String(report.missing.count), String(report.untranslated.count), String(report.facts.count),
                         String(report.truncated.count)])
        }
        return rows.map { $0.map(CSV.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
