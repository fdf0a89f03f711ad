import Foundation
import FuzzSupport
import PolicyAlignKit

// The project file and the baseline on fuzzed bytes: a config error (78) or settings, never
// a crash; every ignore rule and baseline it yields can filter findings.
let lexicons = LexiconSet.builtIn
let sample = Finding(kind: .factMismatch, severity: .error, file: "privacy.ms.md", line: 3, sourceFile: "privacy.en.md",
                     sourceLine: 3, label: "retention", message: "differs", values: ["target": "5 tahun"], fingerprintParts: ["5 tahun"])
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-project-\(getpid())").path

@_cdecl("FuzzProject_main")
public func fuzzProjectMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzProject(data, size) }
}

func fuzzProject(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let text = String(validating: bytes, as: UTF8.self) {
        do throws(PolicyError) {
            let config = try ProjectConfig.parse(text, path: ".policyalign.yml", lexicons: lexicons)
            _ = FindingsFilter(rules: config.ignore).apply([sample])
            _ = config.language(ofFile: "docs/privacy-bm.md")
        } catch {
            if error.kind != .config { fatalError("a project file error that is not a config error: \(error)") }
            if !error.message.hasPrefix(".policyalign.yml:") { fatalError("a config error without file and line: \(error.message)") }
        }
    }
    // The same bytes as a baseline file.
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/baseline.json"
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    do throws(PolicyError) {
        let baseline = try Baseline.read(path: path)
        _ = FindingsFilter(baseline: baseline).apply([sample, sample])
        _ = try? baseline.encoded()
    } catch {
        if error.kind != .config && error.kind != .badData { fatalError("a baseline error of kind \(error.kind)") }
    }
    return 0
}
