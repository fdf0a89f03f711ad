import Foundation
import FuzzSupport
import PolicyAlignKit

// `classify --jsonl` on a fuzzed stream: one output row per input line, each a JSON object,
// in input order; never a crash. A small --max-line so that the too-long path is reached.
let stream = SegmentStream(lexicons: LexiconSet.builtIn, defaultLanguage: nil, workers: 2, maxLineBytes: 4096)
let path = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-stream-\(getpid()).jsonl").path

@_cdecl("FuzzStream_main")
public func fuzzStreamMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzStream(data, size) }
}

func fuzzStream(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(bytes: data, count: size)
    FileManager.default.createFile(atPath: path, contents: bytes)
    guard let input = FileHandle(forReadingAtPath: path) else { return 0 }
    defer { try? input.close() }
    var output: [UInt8] = []
    let tally: SegmentStream.Tally
    do {
        tally = try stream.run(input: input, name: "fuzz.jsonl") { buffer throws(PolicyError) in output += buffer }
    } catch {
        fatalError("the stream failed: \(error)")
    }
    let rows = output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
    let expected = bytes.isEmpty ? 0 : bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
        - (bytes.last == UInt8(ascii: "\n") ? 1 : 0)
    if rows.count != expected || tally.lines != expected { fatalError("\(expected) lines in, \(rows.count) rows out, \(tally.lines) counted") }
    for row in rows where (try? JSONSerialization.jsonObject(with: Data(row))) as? [String: Any] == nil {
        fatalError("a row that is not a JSON object: \(String(decoding: row, as: UTF8.self).prefix(200))")
    }
    return 0
}
