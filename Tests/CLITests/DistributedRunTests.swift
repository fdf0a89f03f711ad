import Foundation
import XCTest

/// The examples that run the tool beyond one process (`Examples/spark`, `Examples/parallel`)
/// give the direct run's rows: a corpus of a few thousand segments in 31 files and 14
/// languages, with error rows among them, labelled by `classify --jsonl`, by Spark in local
/// mode and by GNU parallel.
final class DistributedRunTests: XCTestCase {
    /// What the runs need, or why this machine cannot run them (the test is skipped then, and
    /// only then: CI installs all three).
    static let missing: [String] = {
        var missing: [String] = []
        let here = FileManager.default.temporaryDirectory
        if (try? CLITests.shell("python3 -c 'import pyspark'", in: here))?.status != 0 {
            missing.append("python3 with pyspark (pip install pyspark)")
        }
        if (try? CLITests.shell("java -version", in: here))?.status != 0 {
            missing.append("a Java runtime (apt-get install default-jre-headless)")
        }
        if (try? CLITests.shell("parallel --version", in: here))?.stdout.hasPrefix("GNU parallel") != true {
            missing.append("GNU parallel (apt-get install parallel)")
        }
        return missing
    }()

    private func requireTools(_ needed: [String]) throws {
        let absent = Self.missing.filter { item in needed.contains { item.contains($0) } }
        if !absent.isEmpty { throw XCTSkip("not installed: " + absent.joined(separator: ", ")) }
    }

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("policyalign-distributed-\(UUID().uuidString)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// One segment a non-blank line of every `Corpus/*/*.txt`: ids as strings and as numbers,
    /// the language given on every other line and detected on the rest, and now and then a
    /// line that gives an error row (malformed, blank, an unknown language), whose `line`
    /// must count from the start of the whole input.
    static func corpusSegments() throws -> (text: String, lines: Int) {
        let corpus = CLITests.root.appendingPathComponent("Corpus")
        var lines: [String] = []
        for policy in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() {
            let policyFolder = corpus.appendingPathComponent(policy)
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: policyFolder.path) else { continue }
            for file in files.sorted() where file.hasSuffix(".txt") {
                let language = String(file.dropLast(4))
                let text = try String(contentsOf: policyFolder.appendingPathComponent(file), encoding: .utf8)
                for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
                    let segment = line.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !segment.isEmpty else { continue }
                    let count = lines.count
                    var object: [String: Any] = ["id": count % 3 == 0 ? count as Any : "\(policy)/\(language):\(index + 1)", "text": segment]
                    if count % 2 == 0 { object["lang"] = count % 401 == 0 ? "xx" : language }
                    let json = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                    lines.append(String(decoding: json, as: UTF8.self))
                    if count % 613 == 0 { lines.append("not json") }
                    if count % 977 == 0 { lines.append("") }
                }
            }
        }
        return (lines.map { $0 + "\n" }.joined(), lines.count)
    }

    private func shell(_ command: String) throws -> CLITests.Run {
        try CLITests.shell(command, in: folder, environment: ["SPARK_LOCAL_IP": "127.0.0.1"])
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// The part files of a Spark output folder, in name order.
    private func parts(_ name: String) throws -> String {
        let output = folder.appendingPathComponent(name)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix("part-") }.sorted()
        XCTAssertFalse(names.isEmpty, "no part files in \(output.path)")
        return try names.map { try String(contentsOf: output.appendingPathComponent($0), encoding: .utf8) }.joined()
    }

    func testSparkAndParallelGiveTheDirectRunsRows() throws {
        try requireTools(["pyspark", "Java", "parallel"])
        let (input, count) = try Self.corpusSegments()
        XCTAssertGreaterThan(count, 2_500)
        try Data(input.utf8).write(to: folder.appendingPathComponent("segments.jsonl"))

        let direct = try shell("\"$PA\" classify --jsonl --no-config segments.jsonl")
        XCTAssertEqual(direct.status, 0, direct.stderr)
        let expected = lines(direct.stdout)
        XCTAssertEqual(expected.count, count)
        XCTAssertGreaterThanOrEqual(expected.filter { $0.hasPrefix("{\"error\":") }.count, 10)
        let languages = Set(expected.compactMap { row in row.range(of: #""language":"[^"]+""#, options: .regularExpression).map { row[$0] } })
        XCTAssertGreaterThanOrEqual(languages.count, 10, languages.description)

        // Spark, two local executors, three slices: the rows, and in the part files' order the
        // direct run's order too.
        let spark = try shell("python3 \"$ROOT/Examples/spark/classify.py\" segments.jsonl spark-out --binary \"$PA\" "
                              + "--master 'local[2]' --partitions 3")
        XCTAssertEqual(spark.status, 0, spark.stderr)
        let sparkRows = try parts("spark-out")
        XCTAssertEqual(lines(sparkRows).sorted(), expected.sorted())
        XCTAssertEqual(sparkRows, direct.stdout)

        // GNU parallel, blocks of 64 KB (some ten processes), two at a time: the same rows, in order.
        let parallel = try shell("POLICYALIGN=\"$PA\" BLOCK=64k \"$ROOT/Examples/parallel/classify.sh\" segments.jsonl parallel.jsonl 2")
        XCTAssertEqual(parallel.status, 0, parallel.stderr)
        let parallelRows = try String(contentsOf: folder.appendingPathComponent("parallel.jsonl"), encoding: .utf8)
        XCTAssertEqual(lines(parallelRows), expected)
    }

    /// Per-policy parity under Spark: each folder's findings as `parity FILE... --format jsonl`
    /// prints them; a folder that is not there gives its error row and exit 1; a folder with one
    /// version gives none. The lexicon folder travels with the job (as a zip archive).
    func testSparkParityGivesEachFoldersFindings() throws {
        try requireTools(["pyspark", "Java"])
        let folders = ["Corpus/dynatron", "Corpus/aclaro", "# a comment", "", "Corpus/mastodon", "Corpus/no-such-policy"]
        try Data(folders.map { $0 + "\n" }.joined().utf8).write(to: folder.appendingPathComponent("folders.txt"))
        var expected: [String] = []
        for (policy, reference) in [("dynatron", "en.txt"), ("mastodon", "en.html")] {
            let files = try FileManager.default.contentsOfDirectory(atPath: CLITests.root.appendingPathComponent("Corpus/\(policy)").path)
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted().map { "Corpus/\(policy)/\($0)" }
            let direct = try CLITests.shell("\"$PA\" parity --format jsonl --no-config --lexicons Lexicons --reference Corpus/\(policy)/\(reference) "
                                            + files.joined(separator: " "), in: CLITests.root)
            XCTAssertEqual(direct.status, 0, direct.stderr)
            expected += lines(direct.stdout)
        }
        XCTAssertGreaterThan(expected.count, 0)
        let spark = try CLITests.shell("python3 Examples/spark/parity.py \"\(folder.path)/folders.txt\" \"\(folder.path)/parity-out\" "
                                       + "--binary \"$PA\" --master 'local[2]' --lexicons Lexicons", in: CLITests.root,
                                       environment: ["SPARK_LOCAL_IP": "127.0.0.1"])
        XCTAssertEqual(spark.status, 1, spark.stderr)
        XCTAssertTrue(spark.stderr.contains("parity.py: Corpus/no-such-policy: not compared"), spark.stderr)
        let rows = lines(try parts("parity-out"))
        XCTAssertEqual(rows.filter { !$0.hasPrefix("{\"error\":") }.sorted(), expected.sorted())
        XCTAssertEqual(rows.filter { $0.hasPrefix("{\"error\":") },
                       ["{\"error\":\"Corpus/no-such-policy: No such file or directory\",\"folder\":\"Corpus/no-such-policy\",\"status\":66}"])
    }

    /// Before Spark starts: a missing input or binary is one line on stderr and exit 66.
    func testMissingInputOrBinaryFailsInOneLine() throws {
        try XCTSkipUnless((try? shell("python3 --version"))?.status == 0, "python3 is not installed")
        let checks: [(String, String)] = [
            ("python3 \"$ROOT/Examples/spark/classify.py\" absent.jsonl out --binary \"$PA\"", "classify.py: absent.jsonl: no such file"),
            ("python3 \"$ROOT/Examples/spark/classify.py\" \"$ROOT/README.md\" out --binary ./absent", "classify.py: ./absent: no such binary"),
            ("python3 \"$ROOT/Examples/spark/parity.py\" absent.txt out --binary \"$PA\"", "parity.py: absent.txt: no such file"),
            ("POLICYALIGN=\"$PA\" \"$ROOT/Examples/parallel/classify.sh\" absent.jsonl out.jsonl", "classify.sh: absent.jsonl: no such file"),
            ("POLICYALIGN=./absent \"$ROOT/Examples/parallel/classify.sh\" \"$ROOT/README.md\" out.jsonl", "classify.sh: ./absent: no such binary"),
        ]
        for (command, message) in checks {
            let run = try shell(command)
            XCTAssertEqual(run.status, 66, command + "\n" + run.stderr)
            XCTAssertEqual(run.stderr, message + "\n", command)
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        }
    }
}
