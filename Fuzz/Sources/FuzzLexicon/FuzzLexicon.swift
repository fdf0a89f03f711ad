import Foundation
import FuzzSupport
import PolicyAlignKit

// The lexicon parser on fuzzed files: every problem reported, never a crash.
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-lexicon-\(getpid())").path
let taxonomy = try! String(contentsOfFile: (ProcessInfo.processInfo.environment["POLICYALIGN_LEXICONS"] ?? "../Lexicons") + "/taxonomy.txt", encoding: .utf8)

@_cdecl("FuzzLexicon_main")
public func fuzzLexiconMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzLexicon(data, size) }
}

func fuzzLexicon(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try? taxonomy.write(toFile: directory + "/taxonomy.txt", atomically: false, encoding: .utf8)
    FileManager.default.createFile(atPath: directory + "/xx.lex", contents: Data(bytes: data, count: size))
    if let set = try? LexiconSet.read(directory: directory), set.diagnostics.isEmpty {
        _ = set.compiled("xx")?.hits(in: ["data", "privacy"])
    }
    return 0
}
