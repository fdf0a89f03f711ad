import ArgumentParser
import Foundation
import PolicyAlignKit

struct ParityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parity",
        abstract: "Compare language versions of one policy (or every policy of a folder) with a reference.",
        discussion: """
        With FILE...: the reference is --reference, else the file in the project file's reference \
        language, else the first file. With --dir FOLDER: each subfolder (or each group of files \
        named NAME.LANG.ext, NAME-LANG.ext or NAME_LANG.ext) is one policy; its reference is the \
        version in the reference language (default: English) when there is one.

        Formats: text (default), json, csv (the section matrix), html, and with FILE... the \
        findings alone as sarif or jsonl. With --dir, --output names a folder for one report \
        per policy and an index.

        Example: policyalign parity --dir translations/ --fail-on missing-section -o reports/
        """
    )

    @Argument(help: "Two or more versions of one policy.")
    var files: [String] = []

    @Option(name: .long, help: "A folder of policies to compare in one run.")
    var dir: String?

    @Option(name: .long, help: "The version the others are compared with (default: the file in the project's reference language, else the first).")
    var reference: String?

    @OptionGroup var gate: GateOptions

    @Flag(name: .customLong("skip-unreadable"), help: "With --dir: go on past files that cannot be read (they are listed) instead of failing the run.")
    var skipUnreadable = false

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    @OptionGroup var out: OutputOptions<ParityFormats>
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if dir == nil && files.count < 2 { throw ValidationError("parity needs at least two files, or --dir FOLDER") }
        if dir != nil && !files.isEmpty { throw ValidationError("give files or --dir, not both") }
        if dir != nil && [.sarif, .jsonl].contains(out.format) {
            throw ValidationError("parity --dir writes text, json, csv or html; use parity FILE... for \(out.format.rawValue)")
        }
        if let reference, dir == nil, !files.contains(reference) { throw ValidationError("--reference must be one of the files") }
        guard jobs ?? 1 > 0 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var findings: [Finding] = []
        var project = ProjectConfig()
        try reportingErrors {
            installInterruptHandlers()
            let setup = try common.setUp()
            project = setup.project
            var checker = ParityChecker(lexicons: setup.lexicons, reader: common.reader, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            checker.filter = try gate.filter(project)
            if let dir {
                findings = try runBatch(dir: dir, setup: setup, checker: checker)
            } else {
                let languages = files.map { setup.declared("auto", $0) }
                let preferred = project.reference.flatMap { tag in languages.firstIndex(of: tag) }
                let referenceIndex = reference.flatMap { files.firstIndex(of: $0) } ?? preferred ?? 0
                let report = try checker.check(files: files, referenceIndex: referenceIndex,
                                               languages: languages.map { $0 == "auto" ? nil : $0 })
                out.noteWarnings(report.documents)
                out.noteSetAside(report.setAside)
                try out.write(try render(report), inputs: files)
                // The gate and the baseline see each translation's own findings.
                findings = report.alignments.flatMap(\.findings)
            }
        }
        try gate.finish(findings, project: project, quiet: out.quiet)
    }

    private func render(_ report: ParityReport) throws -> String {
        switch out.format {
        case .json: return try ParityJSONReporter().render(report)
        case .csv: return ParityCSVReporter().render(report)
        case .html: return ParityHTMLReporter().render(report)
        case .sarif, .jsonl: return try renderFindings(report.findings, out.format)
        default: return ParityTextReporter(style: out.style).render(report)
        }
    }

    /// Every policy of the folder; returns every translation's findings, for the gate.
    private func runBatch(dir: String, setup: Setup, checker: ParityChecker) throws -> [Finding] {
        let ext = out.format == .text ? "txt" : out.format.rawValue
        if let output = out.output {
            // The reports go to OUTPUT/policies/; made before the walk so that the walk can
            // leave the output folder out when it lies inside the input folder.
            let reports = (output as NSString).appendingPathComponent("policies")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw PolicyError(.cannotCreate, "\(output): --output with --dir names a folder")
            }
            do { try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true) }
            catch { throw PolicyError(.cannotCreate, "\(reports): cannot create the folder") }
        }
        let (groups, ignored) = try PolicyGroups.discover(directory: dir, lexicons: setup.lexicons,
                                                          referenceLanguage: setup.project.reference ?? "en",
                                                          fileLanguage: setup.project.language(ofFile:),
                                                          excluding: out.output.map { [$0] } ?? [])
        for file in ignored { out.note("ignored \(file.path): \(file.reason)") }
        let progress = ProgressLine(total: out.quiet ? 0 : groups.count)
        let collected = FindingsCollector()
        let command = self
        let format = out.format
        let inputs = groups.flatMap(\.files)
        let output = out.output
        let finished = checker.checkAll(groups, handle: { group, report in
            collected.append(report.alignments.flatMap(\.findings))
            command.out.noteWarnings(report.documents)
            // Each policy's report is written as soon as it is made.
            guard let output else { return }
            let path = (output as NSString).appendingPathComponent(BatchParity.reportPath(of: group.name, extension: ext))
            let rendered = try command.render(report)
            try OutputWriter(path: path, inputs: inputs).write(format == .text ? TerminalStyle.plain.finish(rendered) : rendered)
        }, progress: { progress.advance() })
        progress.finish()
        var batch = finished
        if out.output != nil { batch.reportExtension = ext }
        for entry in batch.entries {
            for error in entry.skipped { out.note("skipped \(error.message)") }
        }
        if let output = out.output {
            try OutputWriter(path: (output as NSString).appendingPathComponent("index.\(ext)"), inputs: inputs).write(try renderBatch(batch))
        } else if !out.quiet {
            try OutputWriter(path: nil, inputs: []).write(try renderBatch(batch))
        }
        // A report that could not be written fails the run, whatever --skip-unreadable says.
        if let failed = batch.entries.compactMap(\.writeError).first {
            let count = batch.entries.filter { $0.writeError != nil }.count
            throw PolicyError(.cannotCreate, "\(count) report(s) could not be written, first: \(failed.message)")
        }
        // An input that could not be read fails the run, so that a gate never passes on
        // what it did not check.
        if !skipUnreadable, let first = batch.entries.flatMap(\.skipped).first {
            let count = batch.entries.reduce(0) { $0 + $1.skipped.count }
            throw PolicyError(first.kind, "\(count) input(s) could not be read, first: \(first.message) (--skip-unreadable goes on past them)")
        }
        let setAside = batch.entries.reduce(0) { $0 + ($1.summary?.setAside ?? 0) }
        out.noteSetAside(setAside)
        return collected.findings
    }

    private func renderBatch(_ batch: BatchParity) throws -> String {
        switch out.format {
        case .json: return try BatchJSONReporter().render(batch)
        case .csv: return BatchCSVReporter().render(batch)
        case .html: return BatchHTMLReporter().render(batch)
        default: return TerminalStyle.plain.finish(BatchTextReporter().render(batch))
        }
    }
}

/// Findings handed over by batch workers, one call at a time.
final class FindingsCollector: @unchecked Sendable {
    private var all: [Finding] = []
    private let lock = NSLock()
    func append(_ findings: [Finding]) { lock.lock(); all += findings; lock.unlock() }
    var findings: [Finding] { lock.lock(); defer { lock.unlock() }; return all }
}

/// A progress bar on stderr for runs over a second, only when stderr is a terminal.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private var done = 0
    private let start = Date()
    private let lock = NSLock()
    private lazy var enabled = total > 0 && isatty(STDERR_FILENO) == 1
    private var shown = false

    init(total: Int) { self.total = total }

    func advance() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        guard enabled, Date().timeIntervalSince(start) > 1 else { return }
        shown = true
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) policies".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
