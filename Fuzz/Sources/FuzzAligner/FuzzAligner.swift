import Foundation
import FuzzSupport
import PolicyAlignKit

// Two fuzzed documents (the input split at its first NUL byte) aligned, checked for
// untranslated clauses and facts.
let lexicons = try! LexiconSet.load(directory: ProcessInfo.processInfo.environment["POLICYALIGN_LEXICONS"] ?? "../Lexicons")
let analyzer = try! PolicyAnalyzer(lexicons: lexicons)
let aligner = PolicyAligner(lexicons: lexicons)

@_cdecl("FuzzAligner_main")
public func fuzzAlignerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzAligner(data, size) }
}

func fuzzAligner(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let split = bytes.firstIndex(of: 0) ?? bytes.count / 2
    let first = Array(bytes[..<split]), second = Array(bytes[min(bytes.count, split + 1)...])
    guard let a = try? DocumentReader().read(bytes: first, file: "a.txt"),
          let b = try? DocumentReader().read(bytes: second, file: "b.txt"),
          let source = try? analyzer.analyze(a, language: "en"),
          let target = try? analyzer.analyze(b) else { return 0 }
    if let alignment = try? aligner.align(source: source, target: target) {
        let covered = alignment.sectionPairs.compactMap(\.source)
        if Set(covered) != Set(source.sections.indices) { fatalError("a source section is neither paired nor missing") }
    }
    return 0
}
