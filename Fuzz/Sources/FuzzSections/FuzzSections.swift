import Foundation
import FuzzSupport
import PolicyAlignKit

// Segmentation, section detection and classification of fuzzed text.
let lexicons = try! LexiconSet.load(directory: ProcessInfo.processInfo.environment["POLICYALIGN_LEXICONS"] ?? "../Lexicons")
let analyzer = try! PolicyAnalyzer(lexicons: lexicons)

@_cdecl("FuzzSections_main")
public func fuzzSectionsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzSections(data, size) }
}

func fuzzSections(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? DocumentReader().read(bytes: bytes, file: "input.txt") else { return 0 }
    if let policy = try? analyzer.analyze(document) {
        let lines = policy.sections.map { ($0.startLine, $0.endLine) }
        for (previous, next) in zip(lines, lines.dropFirst()) where previous.1 + 1 != next.0 && previous.1 != next.0 {
            fatalError("sections leave a gap or overlap: \(lines)")
        }
    }
    return 0
}
