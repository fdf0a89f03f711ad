import Foundation
@testable import PolicyAlignKit

/// Paths into the repository and the shipped lexicons, loaded once for all tests.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static let lexicons: LexiconSet = {
        do { return try LexiconSet.load(directory: ProcessInfo.processInfo.environment["POLICYALIGN_TEST_LEXICONS"] ?? path("Lexicons")) }
        catch { fatalError("shipped lexicons do not load: \(error)") }
    }()

    /// Each policy of the bundled corpus with its language (the file's name), in order.
    static let corpusTexts: [(language: String, text: String)] = {
        let corpus = path("Corpus")
        var texts: [(String, String)] = []
        for folder in ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).sorted() {
            let directory = corpus + "/" + folder
            for file in ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted() where file.hasSuffix(".txt") {
                texts.append((String(file.dropLast(4)), (try? String(contentsOfFile: directory + "/" + file, encoding: .utf8)) ?? ""))
            }
        }
        return texts
    }()

    /// Every non-empty line of the bundled corpus, for checking fast paths against the code
    /// they replace.
    static let corpusLines: [String] = corpusTexts.flatMap { $0.text.split(separator: "\n").map(String.init) }

    static func analyzer() -> PolicyAnalyzer {
        try! PolicyAnalyzer(lexicons: lexicons)
    }

    /// The error reading `bytes` as a document gives, or nil when they read.
    static func readError(_ bytes: [UInt8], file: String) -> PolicyError? {
        do {
            _ = try DocumentReader().read(bytes: bytes, file: file)
            return nil
        } catch {
            return error
        }
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func temporaryFile(_ name: String, _ bytes: [UInt8]) -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyalign-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }
}

enum GoldFile {
    static func read(_ path: String) -> [GoldSection] {
        (try? GoldSection.read(path, taxonomy: Fixtures.lexicons.taxonomy)) ?? []
    }

    /// Every gold file of the corpus with its policy file: (policy path, gold path, language).
    static func all() -> [(policy: String, gold: String, language: String)] {
        let corpus = Fixtures.path("Corpus")
        var result: [(String, String, String)] = []
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).sorted()
        for folder in folders {
            let directory = corpus + "/" + folder
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
            for file in files where file.hasSuffix(".gold.tsv") {
                let language = String(file.dropLast(".gold.tsv".count))
                let policy = directory + "/" + language + ".txt"
                if FileManager.default.fileExists(atPath: policy) { result.append((policy, directory + "/" + file, language)) }
            }
        }
        return result
    }
}
