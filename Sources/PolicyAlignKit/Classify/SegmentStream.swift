import Foundation
import Synchronization

/// `classify --jsonl`: JSON Lines in, labels out in input order. Lines are read in
/// batches, classified on all workers (one analyzer each, so no ICU iterator is shared),
/// and written with one write per batch before the next batch is read. Memory is the read
/// buffer, one batch and the longest line, however long the stream; time is linear in
/// its bytes.
public final class SegmentStream {
    /// What a run read: the command fails when every line did.
    public struct Tally: Sendable, Equatable {
        public var lines = 0
        public var failed = 0
    }

    public static let defaultMaxLineBytes = 16 << 20

    public let lexicons: LexiconSet
    public let defaultLanguage: String?
    public let workers: Int
    /// The default language's lexicon tag, resolved once rather than at every line.
    private let resolvedDefault: String?
    /// A longer line gives an error row and is skipped unread.
    public let maxLineBytes: Int
    /// A batch ends at this many lines or bytes, whichever comes first (but holds at least
    /// one line): enough work for every worker, little memory.
    public var batchLines = 2048
    public var batchBytes = 4 << 20

    public init(lexicons: LexiconSet, defaultLanguage: String?, workers: Int, maxLineBytes: Int = defaultMaxLineBytes) {
        self.lexicons = lexicons
        self.defaultLanguage = defaultLanguage
        resolvedDefault = defaultLanguage.flatMap(lexicons.resolve)
        self.workers = max(1, workers)
        self.maxLineBytes = max(1, maxLineBytes)
    }

    /// Classifies every line of `input` (named `name` in errors) and hands each batch's
    /// rows to `write`, in input order.
    public func run(input: FileHandle, name: String,
                    write: (UnsafeRawBufferPointer) throws(PolicyError) -> Void) throws(PolicyError) -> Tally {
        var workers: [Worker] = []
        do {
            for _ in 0..<self.workers { workers.append(Worker(analyzer: try PolicyAnalyzer(lexicons: lexicons))) }
        } catch {
            throw PolicyError(.badData, "cannot start the classifier: \(error)")
        }
        var reader = LineReader(descriptor: input.fileDescriptor, name: name, maxLineBytes: maxLineBytes)
        var batch = Batch()
        var output: [UInt8] = []
        var tally = Tally()
        while true {
            batch.removeAll()
            // A batch also ends when the input has nothing more to give yet, so that a slow
            // producer gets its rows without waiting for a full batch.
            while batch.lines.count < batchLines, batch.bytes.count < batchBytes, batch.lines.isEmpty || !reader.wouldWait() {
                let start = batch.bytes.count
                guard let end = try reader.nextLine(appendingTo: &batch.bytes) else { break }
                tally.lines += 1
                batch.lines.append(Batch.Line(number: tally.lines, bytes: start..<batch.bytes.count, tooLong: end == .tooLong))
            }
            if batch.lines.isEmpty { break }
            tally.failed += classify(batch, on: workers, into: &output)
            let failure = output.withUnsafeBytes { buffer -> PolicyError? in
                do throws(PolicyError) { try write(buffer) } catch { return error }
                return nil
            }
            if let failure { throw failure }
        }
        return tally
    }

    /// Lines of input kept together in one buffer, so a batch costs no allocation per line.
    struct Batch {
        struct Line {
            let number: Int
            let bytes: Range<Int>
            let tooLong: Bool
        }
        var bytes: [UInt8] = []
        var lines: [Line] = []

        mutating func removeAll() {
            bytes.removeAll(keepingCapacity: true)
            lines.removeAll(keepingCapacity: true)
        }
    }

    /// One thread's analyzer and the rows it wrote for the current batch, one after another.
    final class Worker {
        let analyzer: PolicyAnalyzer
        var rows = RowWriter()
        var failed = 0

        init(analyzer: PolicyAnalyzer) { self.analyzer = analyzer }
    }

    /// Where the row of one line of the batch was written.
    struct Placement {
        var worker = 0
        var bytes = 0..<0
    }

    /// Writes the batch's rows to `output` in input order; returns how many are errors.
    private func classify(_ batch: Batch, on workers: [Worker], into output: inout [UInt8]) -> Int {
        let active = min(workers.count, batch.lines.count)
        var placements = [Placement](repeating: Placement(), count: batch.lines.count)
        // Each worker takes the next line not yet taken: lines differ in cost by orders of
        // magnitude, and any fixed split can put every costly line on one worker.
        let nextLine = Atomic<Int>(0)
        batch.bytes.withUnsafeBufferPointer { bytes in
            placements.withUnsafeMutableBufferPointer { placements in
                DispatchQueue.concurrentPerform(iterations: active) { slot in
                    let worker = workers[slot]
                    worker.rows.bytes.removeAll(keepingCapacity: true)
                    worker.failed = 0
                    while true {
                        let index = nextLine.wrappingAdd(1, ordering: .relaxed).oldValue
                        guard index < batch.lines.count else { break }
                        let line = batch.lines[index]
                        let start = worker.rows.bytes.count
                        let failed = line.tooLong
                            ? worker.rows.failure(nil, line.number, "line longer than --max-line (\(maxLineBytes) bytes)")
                            : classify(UnsafeBufferPointer(rebasing: bytes[line.bytes]), line: line.number, analyzer: worker.analyzer,
                                       into: &worker.rows)
                        if failed { worker.failed += 1 }
                        placements[index] = Placement(worker: slot, bytes: start..<worker.rows.bytes.count)
                    }
                }
            }
        }
        output.removeAll(keepingCapacity: true)
        for placement in placements {
            output.append(contentsOf: workers[placement.worker].rows.bytes[placement.bytes])
        }
        return workers.prefix(active).reduce(0) { $0 + $1.failed }
    }

    /// Writes the output row of one input line; true when it is an error row.
    func classify(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, analyzer: PolicyAnalyzer, into row: inout RowWriter) -> Bool {
        var bytes = bytes
        // A byte order mark left by an editor opens the stream, not the JSON.
        if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) }
        if SegmentParser.isBlank(bytes) { return row.failure(nil, line, "blank line") }
        let segment: SegmentParser.Segment
        do {
            segment = try SegmentParser.parse(bytes)
        } catch {
            return row.failure(nil, line, error.message)
        }
        let id: SegmentID?
        switch segment.id {
        case .absent, .null: id = nil
        case .string(let text): id = .string(text)
        case .number(let text):
            // Echoed as written, but only a number a JSON reader can hold: 1e999 would come
            // back as infinity (or an error) in most readers downstream.
            guard let value = Double(text), value.isFinite else { return row.failure(nil, line, "\"id\" is a number out of range") }
            id = .number(text)
        case .other: return row.failure(nil, line, "\"id\" is neither a string nor a number")
        }
        let text: String
        switch segment.text {
        case .string(let value): text = value
        case .absent, .null: return row.failure(id, line, "missing \"text\"")
        case .number, .other: return row.failure(id, line, "\"text\" is not a string")
        }
        let heading: String?
        switch segment.heading {
        case .string(let value): heading = value.isEmpty ? nil : value
        case .absent, .null: heading = nil
        case .number, .other: return row.failure(id, line, "\"heading\" is not a string")
        }
        let code: String?
        switch segment.lang {
        case .string(let value): code = value == "auto" ? nil : value
        case .absent, .null: code = defaultLanguage
        case .number, .other: return row.failure(id, line, "\"lang\" is not a string")
        }
        var language: String? = nil
        if let code {
            guard let resolved = code == defaultLanguage ? resolvedDefault : lexicons.resolve(code) else { return row.failure(id, line, "unknown language code `\(code)`") }
            language = resolved
        }
        // The language's reading and the label's read the same lines: each is broken once.
        let (read, result) = analyzer.readingOneText { labelled(text, heading: heading, language: language, analyzer: analyzer) }
        row.labelled(id, language: read, result)
        return false
    }

    /// The segment's language (identified when not given) and its label.
    private func labelled(_ text: String, heading: String?, language given: String?, analyzer: PolicyAnalyzer) -> (String, Classification) {
        let language: String
        if let given {
            language = given
        } else {
            // A sample decides, as for whole documents: a huge segment costs no more to identify.
            let sample = text.utf8.count <= Self.identificationSample ? text : String(text.prefix(Self.identificationSample))
            language = analyzer.identify(text: sample).language
        }
        var result = Classification.other(sections: lexicons.taxonomy.entries.count)
        if let classifier = analyzer.classifier(for: language) {
            // The heading the segment sits under, when given, is heading evidence. Without one,
            // a short single line is read as a heading ("Data Retention"), anything longer as
            // text. The length is checked first, on a prefix, so a huge text costs nothing here.
            let isHeading = heading == nil && (text.utf8.count <= 90 || text.prefix(91).count <= 90) && !text.contains("\n")
                && LineShape.hasAtMostWords(Substring(text), 12)
            result = isHeading ? classifier.classify(heading: text, body: "") : classifier.classify(paragraph: text, under: heading)
        }
        return (language, result)
    }

    /// Characters of a segment read to identify its language.
    static let identificationSample = 20_000
}
