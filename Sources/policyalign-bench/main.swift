import Foundation
import PolicyAlignKit
import PolicyText

// Throughput of PolicyAlign's stages beside raw ICU word breaking over the same text, in
// the same run, on the bundled corpus repeated to a few megabytes.
//
//   swift run -c release policyalign-bench [--megabytes N] [--lexicons DIR] [--only STAGE]
//
// `--only sections|analysis|classification` runs raw ICU and that stage alone, for profiling;
// `--only lexicons` times parsing and compiling the corpus languages' lexicons.

struct Options {
    var megabytes = 8.0
    var lexicons: String?
    var only: String?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--megabytes": megabytes = Double(iterator.next() ?? "") ?? megabytes
            case "--lexicons": lexicons = iterator.next()
            case "--only": only = iterator.next()
            default:
                FileHandle.standardError.write(Data("usage: policyalign-bench [--megabytes N] [--lexicons DIR] [--only STAGE]\n".utf8))
                exit(64)
            }
        }
    }
}

setvbuf(stdout, nil, _IOLBF, 0)
let options = Options(CommandLine.arguments)
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let lexicons: LexiconSet
do { lexicons = try LexiconSet.load(explicit: options.lexicons) } catch {
    FileHandle.standardError.write(Data("policyalign-bench: \(error)\n".utf8))
    exit(65)
}

/// The corpus policies as (file, bytes, language).
func corpus() -> [(file: String, bytes: [UInt8], language: String)] {
    let directory = root.appendingPathComponent("Corpus")
    var result: [(String, [UInt8], String)] = []
    let folders = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    for folder in folders {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)) ?? []).sorted()
        for file in files where file.hasSuffix(".txt") {
            let path = directory.appendingPathComponent(folder).appendingPathComponent(file).path
            if let data = FileManager.default.contents(atPath: path) {
                result.append((path, [UInt8](data), String(file.dropLast(4))))
            }
        }
    }
    return result
}

/// Runs `body` over the documents until the corpus is covered `scale` times; MB/s.
func measure(_ label: String, bytes: Int, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure { try body() }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let throughput = Double(bytes) / 1_048_576 / seconds
    print("\(label.padding(toLength: 44, withPad: " ", startingAt: 0)) \(String(format: "%8.2f MB/s  (%.2f s)", throughput, seconds))")
    return throughput
}

let documents = corpus()
let corpusBytes = documents.reduce(0) { $0 + $1.bytes.count }
let repeats = max(1, Int((options.megabytes * 1_048_576) / Double(corpusBytes)))
let totalBytes = corpusBytes * repeats
print("corpus: \(documents.count) policies, \(corpusBytes) bytes, repeated \(repeats)x = \(String(format: "%.1f", Double(totalBytes) / 1_048_576)) MB")
let texts = documents.map { String(decoding: $0.bytes, as: UTF8.self) }

var breakers: [String: TextBreaker] = [:]
func breaker(_ language: String) -> TextBreaker {
    if let existing = breakers[language] { return existing }
    let made = try! TextBreaker(.word, locale: language.replacingOccurrences(of: "-", with: "_"))
    breakers[language] = made
    return made
}
var words = 0
/// Raw ICU word breaking over the corpus: the fastest of three runs (the first also opens
/// the iterators and warms the caches), so that ratios to it are never flattered.
let icu = (1...3).map { run in
    measure("raw ICU word breaking (run \(run) of 3)", bytes: totalBytes) {
        words = 0
        for _ in 0..<repeats {
            for (index, text) in texts.enumerated() {
                breaker(documents[index].language).forEachSegment(in: text) { _, wordClass in
                    if wordClass.isWord { words += 1 }
                }
            }
        }
    }
}.max()!

/// Whether a stage runs: all of them, or the one `--only` names.
func runs(_ stage: String) -> Bool { options.only == nil || options.only == stage }

let reader = DocumentReader()
var detectors: [String: SectionDetector] = [:]
var sectionCount = 0
let sections = try measure("reading + section detection", bytes: totalBytes) {
    for _ in 0..<(runs("sections") ? repeats : 0) {
        for document in documents {
            let read = try reader.read(bytes: document.bytes, file: document.file)
            let detector = try detectors[document.language] ?? SectionDetector(locale: document.language)
            detectors[document.language] = detector
            sectionCount += detector.sections(of: read).count
        }
    }
}

let analyzer = try PolicyAnalyzer(lexicons: lexicons)
let analysis = try measure("reading + language + sections + labels", bytes: totalBytes) {
    for _ in 0..<(runs("analysis") ? repeats : 0) {
        for document in documents {
            let read = try reader.read(bytes: document.bytes, file: document.file)
            _ = try analyzer.analyze(read)
        }
    }
}

let classifiers = Dictionary(uniqueKeysWithValues: Set(documents.map(\.language)).compactMap { language in
    analyzer.classifier(for: language).map { (language, $0) }
})
let paragraphs = documents.filter { classifiers[$0.language] != nil }.flatMap { document in
    String(decoding: document.bytes, as: UTF8.self).split(separator: "\n").map { (String($0), document.language) }
}
let paragraphBytes = paragraphs.reduce(0) { $0 + $1.0.utf8.count } * repeats
let classification = measure("classification of paragraphs (lexicon match)", bytes: paragraphBytes) {
    for _ in 0..<(runs("classification") ? repeats : 0) {
        for (text, language) in paragraphs { _ = classifiers[language]!.classify(heading: nil, body: text) }
    }
}

// Lexicons of the corpus's languages parsed and compiled afresh (the analysis above paid
// for them once, in its first documents of each language): milliseconds per language.
if runs("lexicons") {
    let languages = Set(documents.map(\.language)).sorted()
    let fresh = options.lexicons == nil ? LexiconSet.readBuiltIn() : lexicons.learning(lexicons.learned)
    let clock = ContinuousClock()
    let parsing = clock.measure { for language in languages { _ = fresh.lexicon(language) } }
    let compiling = clock.measure { for language in languages { _ = fresh.compiled(language) } }
    func milliseconds(_ duration: Duration) -> Double {
        (Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18) * 1000 / Double(languages.count)
    }
    print("lexicon parsing (\(languages.count) languages)".padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: " %8.2f ms per language", milliseconds(parsing)))
    print("lexicon compilation (\(languages.count) languages)".padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: " %8.2f ms per language", milliseconds(compiling)))
    if options.only == "lexicons" { exit(0) }
}

if let only = options.only {
    let rate = only == "sections" ? sections : only == "analysis" ? analysis : classification
    print(String(format: "%@: %.2f of raw ICU word-break throughput", only, rate / icu))
    exit(0)
}

// Align, untranslated and parity on one policy scaled 1x, 4x, 16x and 64x (the document
// repeated): time should grow with the length, not faster.
print("")
print("align + untranslated + facts (en -> ms), scaled, with the policy's headings and with none (one section):")
let englishPolicy = try String(contentsOf: root.appendingPathComponent("Corpus/dynatron/en.txt"), encoding: .utf8)
let malayPolicy = try String(contentsOf: root.appendingPathComponent("Corpus/dynatron/ms.txt"), encoding: .utf8)
/// The policy as one paragraph: no line can be a heading.
func flattened(_ text: String) -> String { text.split(separator: "\n").joined(separator: " ") }
for shape in ["headings", "no headings"] {
    var baseline: Double?
    var secondsAt16 = 0.0
    for scale in [1, 4, 16, 64] {
        let (englishCopy, malayCopy) = shape == "headings" ? (englishPolicy, malayPolicy) : (flattened(englishPolicy), flattened(malayPolicy))
        let source = Array(repeating: englishCopy, count: scale).joined(separator: "\n\n")
        let target = Array(repeating: malayCopy, count: scale).joined(separator: "\n\n")
        let bytes = source.utf8.count + target.utf8.count
        var icuWords = 0
        let icuRate = measure("  \(scale)x raw ICU word breaking", bytes: bytes) {
            for text in [source, target] { breaker("en").forEachSegment(in: text) { _, c in if c.isWord { icuWords += 1 } } }
        }
        let aligner = PolicyAligner(lexicons: lexicons)
        var pairs = 0
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let original = try analyzer.analyze(reader.read(bytes: Array(source.utf8), file: "en.txt"), language: "en")
            let translated = try analyzer.analyze(reader.read(bytes: Array(target.utf8), file: "ms.txt"), language: "ms")
            let alignment = try aligner.align(source: original, target: translated)
            pairs = alignment.sectionPairs.count
            _ = ParityReport(reference: original, alignments: [alignment], taxonomy: lexicons.taxonomy)
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(bytes) / 1_048_576 / seconds
        let perScale = seconds / Double(scale)
        if baseline == nil { baseline = perScale }
        print("  \(scale)x \(shape): align".padding(toLength: 44, withPad: " ", startingAt: 0)
              + String(format: " %8.2f MB/s  (%.3f s, %d section pairs; %.2f of ICU; time per 1x: %.2f of the 1x run)",
                       rate, seconds, pairs, rate / icuRate, perScale / baseline!))
        if scale == 16 { secondsAt16 = seconds }
        if scale == 64 { print(String(format: "  %@: time 16x -> 64x grew %.2fx (linear: 4)", shape, seconds / secondsAt16)) }
    }
}

// Growth of the full analysis with the document's length, for a policy whose headings are
// all distinct (each copy's headings renamed) and for text without headings (one section):
// time per 1x should stay flat.
print("")
print("read + language + sections + labels (en), scaled:")
let englishLines = englishPolicy.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
let headingLines = Set(try analyzer.analyze(reader.read(bytes: Array(englishPolicy.utf8), file: "en.txt"), language: "en")
    .sections.compactMap { $0.heading == nil ? nil : $0.startLine - 1 })
for shape in ["distinct headings", "no headings"] {
    var first: Double?
    var secondsAt16 = 0.0
    for scale in [1, 4, 16, 64] {
        let text = (0..<scale).map { copy -> String in
            if shape == "no headings" { return englishLines.filter { !$0.isEmpty }.joined(separator: " ") }
            return englishLines.enumerated().map { headingLines.contains($0.offset) ? $0.element + " \(copy + 1)" : $0.element }
                .joined(separator: "\n")
        }.joined(separator: "\n\n")
        let bytes = Array(text.utf8)
        var icuWords = 0
        let icuRate = measure("  \(scale)x \(shape): raw ICU", bytes: bytes.count) {
            breaker("en").forEachSegment(in: text) { _, c in if c.isWord { icuWords += 1 } }
        }
        let clock = ContinuousClock()
        var found = 0
        let elapsed = try clock.measure {
            found = try analyzer.analyze(reader.read(bytes: bytes, file: "en.txt"), language: "en").sections.count
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(bytes.count) / 1_048_576 / seconds
        if first == nil { first = seconds }
        if scale == 16 { secondsAt16 = seconds }
        print("  \(scale)x \(shape): analysis".padding(toLength: 44, withPad: " ", startingAt: 0)
              + String(format: " %8.2f MB/s  (%.3f s, %d sections; %.2f of ICU; time per 1x: %.2f of the 1x run)",
                       rate, seconds, found, rate / icuRate, seconds / Double(scale) / first!))
        if scale == 64 { print(String(format: "  %@: time 16x -> 64x grew %.2fx (linear: 4)", shape, seconds / secondsAt16)) }
    }
}

// The command line as users run it, in a process of its own: start-up on a small file,
// and `classify --jsonl` over the corpus's paragraphs (the binary beside this one).
print("")
print("the policyalign command (a process per run):")
let command = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("policyalign")
var commandClassification: Double?
if FileManager.default.isExecutableFile(atPath: command.path) {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("policyalign-bench-\(getpid())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    /// Wall-clock seconds of one run, output discarded. posix_spawn, not Foundation's
    /// Process, whose own set-up costs more than the start-up measured here.
    func run(_ arguments: [String]) throws -> Double {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([command.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        guard posix_spawn(&pid, command.path, &actions, nil, argv, environ) == 0 else {
            throw CocoaError(.executableLoad)
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
    func median(_ runs: Int, _ arguments: [String]) throws -> Double {
        let times = try (0..<runs).map { _ in try run(arguments) }.sorted()
        return times[runs / 2]
    }
    // The first 3 KB of a policy, cut at a line end.
    let small = scratch.appendingPathComponent("small.txt")
    let head = englishPolicy.utf8.prefix(3000)
    let cut = head.lastIndex(of: 0x0A).map { head[..<$0] } ?? head
    try Data(cut).write(to: small)
    print(String(format: "  start-up: --version                      %6.1f ms (median of 21)", try median(21, ["--version"]) * 1000))
    print(String(format: "  start-up: sections on a 3 KB file        %6.1f ms (median of 21)", try median(21, ["sections", small.path]) * 1000))
    // One JSON line per paragraph of every corpus policy, repeated as the corpus is above.
    var jsonl = ""
    for _ in 0..<repeats {
        for (text, _) in paragraphs {
            let escaped = String(data: try JSONEncoder().encode(text), encoding: .utf8)!
            jsonl += "{\"text\":\(escaped)}\n"
        }
    }
    let input = scratch.appendingPathComponent("paragraphs.jsonl")
    try Data(jsonl.utf8).write(to: input)
    let inputBytes = jsonl.utf8.count
    for (label, arguments) in [("classify --jsonl (language per line)", ["classify", "--jsonl", input.path]),
                               ("classify --jsonl --lang en", ["classify", "--jsonl", "--lang", "en", input.path])] {
        let seconds = try run(arguments)
        let rate = Double(inputBytes) / 1_048_576 / seconds
        if commandClassification == nil { commandClassification = rate }
        print("  \(label)".padding(toLength: 44, withPad: " ", startingAt: 0)
              + String(format: " %8.2f MB/s  (%.2f s, all cores; %.2f of raw ICU on one)", rate, seconds, rate / icu))
    }
} else {
    print("  (\(command.path) is not built: `swift build -c release` first)")
}

print("")
print(String(format: "reading + sections: %.2f of raw ICU word-break throughput", sections / icu))
print(String(format: "full analysis:      %.2f of raw ICU word-break throughput", analysis / icu))
print(String(format: "classification:     %.2f of raw ICU word-break throughput", classification / icu))
if let commandClassification {
    print(String(format: "classify command:   %.2f of raw ICU word-break throughput (language per line)", commandClassification / icu))
}
print("(\(words) words, \(sectionCount) sections)")
