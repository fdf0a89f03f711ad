import ArgumentParser
import Foundation
import PolicyAlignKit

struct ParityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parity",
        abstract: "Compare language versions of one policy (or every policy of a folder) with a reference.",
        discussion: """
        With FILE...: the first file is the reference unless --reference names another.
        With --dir FOLDER: each subfolder (or each group of files named NAME.LANG.ext) is one \
        policy; the English version is its reference when there is one.
        """
    )

    @Argument(help: "Two or more versions of one policy.")
    var files: [String] = []

    @Option(name: .long, help: "A folder of policies to compare in one run.")
    var dir: String?

    @Option(name: .long, help: "The version the others are compared with (default: the first file).")
    var reference: String?

    @OptionGroup var gate: FailOnOptions

    @Flag(name: .customLong("skip-unreadable"), help: "With --dir: go on past files that cannot be read (they are listed) instead of failing the run.")
    var skipUnreadable = false

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var out: OutputOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        try out.require([.text, .json, .csv, .html, .sarif, .jsonl], command: "parity")
        if dir == nil && files.count < 2 { throw ValidationError("parity needs at least two files, or --dir FOLDER") }
        if dir != nil && !files.isEmpty { throw ValidationError("give files or --dir, not both") }
        if dir != nil && [.sarif, .jsonl].contains(out.format) {
            throw ValidationError("parity --dir writes text, json, csv or html; use parity FILE... for \(out.format.rawValue)")
        }
        if let reference, dir == nil, !files.contains(reference) { throw ValidationError("--reference must be one of the files") }
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var failing = false
        try reportingErrors {
            installInterruptHandlers()
            let lexicons = try common.loadLexicons()
            let reader = DocumentReader(maximumBytes: common.maxSize << 20, declaredEncoding: common.encoding)
            let checker = ParityChecker(lexicons: lexicons, reader: reader, workers: jobs)
            let failKinds = gate.kinds
            if let dir {
                let batch = try runBatch(dir: dir, lexicons: lexicons, checker: checker)
                failing = batch.count(of: failKinds) > 0
            } else {
                let referenceIndex = reference.flatMap { files.firstIndex(of: $0) } ?? 0
                let report = try checker.check(files: files, referenceIndex: referenceIndex,
                                               languages: files.map { lexicons.declaredLanguage(ofFile: $0) })
                try out.write(try render(report), inputs: files)
                failing = report.findings.contains { failKinds.contains($0.kind) }
            }
        }
        if failing { throw ExitCode(1) }
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

    private func runBatch(dir: String, lexicons: LexiconSet, checker: ParityChecker) throws -> BatchParity {
        let (groups, ignored) = try PolicyGroups.discover(directory: dir, lexicons: lexicons)
        for file in ignored { FileHandle.standardError.write(Data("policyalign: ignored \(file.path): \(file.reason)\n".utf8)) }
        if let output = out.output {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) {
                do { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) }
                catch { throw PolicyError(.cannotCreate, "\(output): cannot create the folder") }
            } else if !isDirectory.boolValue {
                throw PolicyError(.cannotCreate, "\(output): --output with --dir names a folder")
            }
        }
        let progress = ProgressLine(total: groups.count)
        let format = out.format
        let command = self
        let inputs = groups.flatMap(\.files)
        let output = out.output
        let batch = checker.checkAll(groups, handle: { group, report in
            // Each policy's report is written as soon as it is made.
            guard let output else { return }
            let name = format == .html ? BatchHTMLReporter.fileName(group.name)
                : "\(group.name).\(format == .text ? "txt" : format.rawValue)"
            try OutputWriter(path: (output as NSString).appendingPathComponent(name), inputs: inputs).write(try command.render(report))
        }, progress: { progress.advance() })
        progress.finish()
        for entry in batch.entries {
            for error in entry.skipped { FileHandle.standardError.write(Data("policyalign: skipped \(error.message)\n".utf8)) }
        }
        if let output {
            let ext = format == .text ? "txt" : format.rawValue
            try OutputWriter(path: (output as NSString).appendingPathComponent("index.\(ext)"), inputs: []).write(try renderBatch(batch))
        } else {
            try OutputWriter(path: nil, inputs: []).write(try renderBatch(batch))
        }
        // An input that could not be read fails the run, so that a gate never passes on
        // what it did not check.
        if !skipUnreadable, let first = batch.entries.flatMap(\.skipped).first {
            let count = batch.entries.reduce(0) { $0 + $1.skipped.count }
            throw PolicyError(first.kind, "\(count) input(s) could not be read, first: \(first.message) (--skip-unreadable goes on past them)")
        }
        return batch
    }

    private func renderBatch(_ batch: BatchParity) throws -> String {
        switch out.format {
        case .json: return try BatchJSONReporter().render(batch)
        case .csv: return BatchCSVReporter().render(batch)
        case .html: return BatchHTMLReporter().render(batch)
        default: return BatchTextReporter().render(batch)
        }
    }
}

/// A progress bar on stderr for runs over a second, only when stderr is a terminal.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private var done = 0
    private let start = Date()
    private let lock = NSLock()
    private let enabled = isatty(STDERR_FILENO) == 1
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
