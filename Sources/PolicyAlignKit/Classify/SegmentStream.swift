import Foundation

/// `classify --jsonl`: JSON Lines in, labels out in input order. Lines are read in
/// batches, classified on all workers (one analyzer each, so no ICU iterator is shared),
/// and written before the next batch is read: memory stays flat however long the input.
public final class SegmentStream {
    struct Segment: Decodable {
        let id: SegmentID?
        let text: String?
        let lang: String?
    }

    /// Ids may be strings or numbers; they are echoed as given.
    enum SegmentID: Codable, Equatable {
        case string(String)
        case number(Double)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) { self = .string(text) }
            else { self = .number(try container.decode(Double.self)) }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let text): try container.encode(text)
            case .number(let value):
                if value == value.rounded(), abs(value) < 1e15 { try container.encode(Int64(value)) }
                else { try container.encode(value) }
            }
        }
    }

    struct Labelled: Encodable {
        @Nullable var id: SegmentID?
        let language: String
        let label: String
        let labels: [String]
        let confidence: Double
    }


    struct Failed: Encodable {
        @Nullable var id: SegmentID?
        let line: Int
        let error: String
    }


    public let lexicons: LexiconSet
    public let defaultLanguage: String?
    public let workers: Int
    public var batchSize = 2048

    public init(lexicons: LexiconSet, defaultLanguage: String?, workers: Int) {
        self.lexicons = lexicons
        self.defaultLanguage = defaultLanguage
        self.workers = max(1, workers)
    }

    public func run(input: FileHandle, emit: (String) -> Void) throws(PolicyError) {
        var analyzers: [PolicyAnalyzer] = []
        do {
            for _ in 0..<workers { analyzers.append(try PolicyAnalyzer(lexicons: lexicons)) }
        } catch {
            throw PolicyError(.badData, "cannot start the classifier: \(error)")
        }
        var reader = LineReader(handle: input)
        var lineNumber = 0
        while true {
            var batch: [(Int, Data)] = []
            while batch.count < batchSize, let line = reader.next() {
                lineNumber += 1
                batch.append((lineNumber, line))
            }
            if batch.isEmpty { break }
            var results = [String](repeating: "", count: batch.count)
            let chunk = (batch.count + analyzers.count - 1) / analyzers.count
            results.withUnsafeMutableBufferPointer { buffer in
                let output = buffer
                DispatchQueue.concurrentPerform(iterations: analyzers.count) { worker in
                    let start = worker * chunk
                    let end = min(batch.count, start + chunk)
                    guard start < end else { return }
                    for index in start..<end {
                        output[index] = self.classify(batch[index].1, line: batch[index].0, analyzer: analyzers[worker])
                    }
                }
            }
            for result in results where !result.isEmpty { emit(result) }
        }
    }

    /// One output line for one input line; blank lines produce none.
    func classify(_ data: Data, line: Int, analyzer: PolicyAnalyzer) -> String {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return "" }
        let segment: Segment
        do {
            segment = try JSONDecoder().decode(Segment.self, from: data)
        } catch {
            return failure(nil, line, "malformed JSON")
        }
        guard let text = segment.text else { return failure(segment.id, line, "missing \"text\"") }
        let language: String
        if let code = segment.lang ?? defaultLanguage {
            guard let resolved = lexicons.resolve(code) else { return failure(segment.id, line, "unknown language code `\(code)`") }
            language = resolved
        } else {
            language = analyzer.identify(text: text).language
        }
        var result = Classification.other(sections: lexicons.taxonomy.entries.count)
        if let classifier = analyzer.classifier(for: language) {
            // A short single line is read as a heading ("Data Retention"), anything longer as text.
            let isHeading = !text.contains("\n") && text.split(whereSeparator: { $0.isWhitespace }).count <= 12 && text.count <= 90
            result = isHeading ? classifier.classify(heading: text, body: "") : classifier.classify(heading: nil, body: text)
        }
        let labelled = Labelled(id: segment.id, language: language, label: result.label, labels: result.labels,
                                confidence: result.confidence)
        return (try? JSONOutput.line(labelled)) ?? failure(segment.id, line, "cannot encode result")
    }

    private func failure(_ id: SegmentID?, _ line: Int, _ message: String) -> String {
        (try? JSONOutput.line(Failed(id: id, line: line, error: message))) ?? "{\"id\":null,\"line\":\(line),\"error\":\"failed\"}"
    }
}

/// Reads a file handle line by line in 64 KB chunks.
struct LineReader {
    let handle: FileHandle
    private var buffer = Data()
    private var finished = false

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = buffer[(newline + 1)...]
                return Data(line)
            }
            if finished {
                if buffer.isEmpty { return nil }
                defer { buffer = Data() }
                return Data(buffer)
            }
            let chunk = handle.readData(ofLength: 1 << 16)
            if chunk.isEmpty { finished = true } else { buffer.append(chunk) }
        }
    }
}
