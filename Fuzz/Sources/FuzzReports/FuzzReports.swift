import Foundation
import FuzzSupport
import PolicyAlignKit

// The batch runner and every reporter on fuzzed folder trees: the input is split at NUL
// bytes into (name, text) pairs, written as a folder of policies with fuzzed names, then run
// through parity --dir's walk and checker and rendered in every format. Reports are written
// under an output folder; links in the index must stay relative paths into it.
let lexicons = LexiconSet.builtIn
let root = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-reports-\(getpid())").path

@_cdecl("FuzzReports_main")
public func fuzzReportsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzReports(data, size) }
}

/// A file or folder name from fuzzed bytes: what a file system accepts (no `/`, no NUL, not `.` or `..`).
func name(_ bytes: ArraySlice<UInt8>) -> String? {
    let text = String(decoding: bytes.prefix(60), as: UTF8.self).replacingOccurrences(of: "/", with: "_")
    guard !text.isEmpty, text != ".", text != "..", text.utf8.count < 200 else { return nil }
    return text
}

func fuzzReports(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let input = root + "/in", output = root + "/out"
    try? FileManager.default.removeItem(atPath: root)
    try? FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
    try? FileManager.default.createDirectory(atPath: output + "/policies", withIntermediateDirectories: true)
    // name \0 text \0 name \0 text ...; a name ending in "/" is a subfolder for the next files.
    let parts = bytes.split(separator: 0, omittingEmptySubsequences: false)
    var folder = input
    var index = 0
    while index + 1 < parts.count {
        if parts[index].last == UInt8(ascii: "/"), let sub = name(parts[index].dropLast()) {
            folder = input + "/" + sub
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            index += 1
            continue
        }
        if let file = name(parts[index]) {
            FileManager.default.createFile(atPath: folder + "/" + file, contents: Data(parts[index + 1]))
        }
        index += 2
    }
    guard let (groups, _) = try? PolicyGroups.discover(directory: input, lexicons: lexicons, excluding: [output]) else { return 0 }
    var checker = ParityChecker(lexicons: lexicons, workers: 1)
    checker.filter = FindingsFilter(rules: [IgnoreRule(kinds: [.factExtra])])
    var batch = checker.checkAll(groups, handle: { group, report in
        let renders: [(String, String)] = [
            ("txt", ParityTextReporter().render(report)),
            ("json", try ParityJSONReporter().render(report)),
            ("csv", ParityCSVReporter().render(report)),
            ("html", ParityHTMLReporter().render(report)),
            ("sarif", try SARIFReporter(toolVersion: "fuzz").render(FindingsReport(findings: report.findings))),
            ("jsonl", try FindingsJSONLReporter().render(FindingsReport(findings: report.findings))),
        ]
        for (ext, text) in renders {
            let path = output + "/" + BatchParity.reportPath(of: group.name, extension: ext)
            try OutputWriter(path: path, inputs: group.files).write(text)
        }
        for alignment in report.alignments {
            _ = try AlignmentJSONReporter().render(alignment)
            _ = AlignmentHTMLReporter().render(alignment)
            _ = TMXReporter().render(alignment)
        }
    })
    batch.reportExtension = "html"
    let page = BatchHTMLReporter().render(batch)
    for link in page.components(separatedBy: "href=\"").dropFirst() {
        if !link.hasPrefix("policies/") { fatalError("an index link outside the output folder: \(link.prefix(80))") }
    }
    _ = try? BatchJSONReporter().render(batch)
    _ = BatchCSVReporter().render(batch)
    _ = BatchTextReporter().render(batch)
    for entry in batch.entries where entry.writeError != nil && batch.report(of: entry) != nil {
        fatalError("a report that was not written is linked")
    }
    return 0
}
