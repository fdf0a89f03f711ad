import Foundation
import XCTest

/// `classify --jsonl` under hostile and huge input: exact rows, exit codes, linear time in
/// a line's length and flat memory in the stream's length.
final class ClassifyStreamTests: XCTestCase {
    static let retention = "We keep your data for 7 years."
    static let contactMalay = "Hubungi kami di support@aclaro.io jika anda mempunyai soalan."

    /// The confidences the shipped calibration (Lexicons/learned.txt) gives these texts, as
    /// the rows print them: these tests are about the stream, and a recalibration moves them.
    static let retentionConfidence = confidence(of: retention, lang: "en")
    static let contactMalayConfidence = confidence(of: contactMalay, lang: "ms")

    private static func confidence(of text: String, lang: String) -> String {
        let row = (try? run(["classify", "--jsonl", "-"], stdin: Data("{\"id\": 1, \"text\": \"\(text)\", \"lang\": \"\(lang)\"}\n".utf8)))?.stdout ?? ""
        guard let start = row.range(of: "\"confidence\":"), let end = row[start.upperBound...].firstIndex(of: ",") else { return "?" }
        return String(row[start.upperBound..<end])
    }

    static var binary: URL { CLITests.binary }
    static var environment: [String: String] { CLITests.environment() }

    /// Runs the binary with `stdin` fed from another thread: rows come out while lines go in.
    static func run(_ arguments: [String], stdin: Data = Data()) throws -> CLITests.Run {
        try CLITests.run(arguments, stdin: stdin)
    }

    private func classify(_ input: String, _ arguments: [String] = []) throws -> CLITests.Run {
        try Self.run(["classify", "--jsonl"] + arguments + ["-"], stdin: Data(input.utf8))
    }

    private func rows(_ lines: String...) -> String { lines.map { $0 + "\n" }.joined() }

    func testRowsKeepTheirShapeAndInputOrder() throws {
        let input = rows("{\"id\": \"p1-7\", \"text\": \"\(Self.retention)\", \"lang\": \"en\"}",
                         "this is not json",
                         "{\"id\": 5}",
                         "{\"id\": 6, \"text\": \"\(Self.retention)\", \"lang\": \"xx\"}",
                         "[1, 2]",
                         "{\"id\": true, \"text\": \"\(Self.retention)\"}",
                         "{\"id\": 9, \"text\": 42}")
        let result = try classify(input)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, rows(
            "{\"confidence\":\(Self.retentionConfidence),\"id\":\"p1-7\",\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}",
            "{\"error\":\"malformed JSON\",\"id\":null,\"line\":2}",
            "{\"error\":\"missing \\\"text\\\"\",\"id\":5,\"line\":3}",
            "{\"error\":\"unknown language code `xx`\",\"id\":6,\"line\":4}",
            "{\"error\":\"not a JSON object\",\"id\":null,\"line\":5}",
            "{\"error\":\"\\\"id\\\" is neither a string nor a number\",\"id\":null,\"line\":6}",
            "{\"error\":\"\\\"text\\\" is not a string\",\"id\":9,\"line\":7}"))
        XCTAssertEqual(result.stderr, "")
    }

    func testOrderHoldsAcrossBatchesAndWorkers() throws {
        let count = 5_000
        let input = (0..<count).map { index in
            index % 7 == 3 ? "\n" : "{\"id\": \(index), \"text\": \"\(Self.retention)\", \"lang\": \"en\"}\n"
        }.joined()
        let result = try classify(input, ["--jobs", "3"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = (0..<count).map { index in
            index % 7 == 3
                ? "{\"error\":\"blank line\",\"id\":null,\"line\":\(index + 1)}\n"
                : "{\"confidence\":\(Self.retentionConfidence),\"id\":\(index),\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}\n"
        }.joined()
        XCTAssertEqual(result.stdout, expected)
    }

    /// Rows go out in one write(2) per batch of 2048 lines, not one per line.
    func testOneWritePerBatch() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else {
            throw XCTSkip("strace is not installed: write calls not counted")
        }
        let lines = (0..<5_000).map { "{\"id\": \($0), \"text\": \"\(Self.retention)\", \"lang\": \"en\"}\n" }.joined()
        let input = CLITests.temporaryFile("batches.jsonl", Array(lines.utf8))
        let trace = input + ".trace"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        process.arguments = ["-f", "-e", "trace=write", "-o", trace, Self.binary.path, "classify", "--jsonl", input]
        process.environment = Self.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let calls = try? String(contentsOfFile: trace, encoding: .utf8) else {
            throw XCTSkip("strace cannot trace here (ptrace not allowed)")
        }
        XCTAssertEqual(calls.split(separator: "\n").filter { $0.contains("write(1,") }.count, 3, calls)
    }

    /// The heading a paragraph sits under is evidence: a sentence that names no topic takes
    /// its section's; a heading that is not a string is an error row.
    func testHeadingFieldIsHeadingEvidence() throws {
        let sentence = "You can find the details in the list below, which we keep up to date."
        let result = try classify(rows(
            "{\"id\": 1, \"text\": \"\(sentence)\", \"lang\": \"en\"}",
            "{\"id\": 2, \"text\": \"\(sentence)\", \"lang\": \"en\", \"heading\": \"Cookies and similar technologies\"}",
            "{\"id\": 3, \"text\": \"\(sentence)\", \"heading\": [\"Cookies\"]}"))
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3)
        XCTAssertFalse(lines[0].contains("\"label\":\"cookies\""), lines[0])
        XCTAssertTrue(lines[1].contains("\"label\":\"cookies\""), lines[1])
        XCTAssertEqual(lines[2], "{\"error\":\"\\\"heading\\\" is not a string\",\"id\":3,\"line\":3}")
    }

    func testBlankAndWhitespaceLinesGiveErrorRows() throws {
        let input = "{\"id\": 1, \"text\": \"\(Self.retention)\", \"lang\": \"en\"}\n\n   \t \n\r\n{\"id\": 2, \"text\": \"\(Self.retention)\", \"lang\": \"en\"}\r\n"
        let result = try classify(input)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, rows(
            "{\"confidence\":\(Self.retentionConfidence),\"id\":1,\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}",
            "{\"error\":\"blank line\",\"id\":null,\"line\":2}",
            "{\"error\":\"blank line\",\"id\":null,\"line\":3}",
            "{\"error\":\"blank line\",\"id\":null,\"line\":4}",
            "{\"confidence\":\(Self.retentionConfidence),\"id\":2,\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}"))
    }

    func testIdsAreEchoedExactlyAsGiven() throws {
        let ids = ["12345678901234567890", "-0.5e3", "1.0", "0", "-0", "1E+300", "3.14159265358979323846264338327950288",
                   "\"p1-7\"", "\"caf\\u00e9 \\\"quoted\\\" \\ud83d\\ude00\"", "null"]
        let input = ids.map { "{\"id\": \($0), \"text\": \"\(Self.retention)\", \"lang\": \"en\"}\n" }.joined()
            + "{\"text\": \"\(Self.retention)\", \"lang\": \"en\"}\n"
        let result = try classify(input)
        XCTAssertEqual(result.status, 0, result.stderr)
        let echoed = ["12345678901234567890", "-0.5e3", "1.0", "0", "-0", "1E+300", "3.14159265358979323846264338327950288",
                      "\"p1-7\"", "\"café \\\"quoted\\\" 😀\"", "null", "null"]
        XCTAssertEqual(result.stdout, echoed.map {
            "{\"confidence\":\(Self.retentionConfidence),\"id\":\($0),\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}\n"
        }.joined())
        // A number no JSON reader can hold (found by FuzzStream) is an error, not an echo that
        // readers downstream turn into infinity.
        for id in ["1E+400", "123456e8901234567890", "-1e999"] {
            let huge = try classify("{\"id\": \(id), \"text\": \"\(Self.retention)\"}\n")
            XCTAssertEqual(huge.stdout, "{\"error\":\"\\\"id\\\" is a number out of range\",\"id\":null,\"line\":1}\n", id)
        }
        // The ids of error rows are exact too.
        let failed = try classify("{\"id\": 98765432109876543210, \"lang\": \"en\"}\n")
        XCTAssertEqual(failed.stdout, "{\"error\":\"missing \\\"text\\\"\",\"id\":98765432109876543210,\"line\":1}\n")
    }

    func testLangAutoMeansDetect() throws {
        let input = rows("{\"id\": 1, \"text\": \"\(Self.contactMalay)\", \"lang\": \"auto\"}",
                         "{\"id\": 2, \"text\": \"\(Self.contactMalay)\"}",
                         "{\"id\": 3, \"text\": \"\(Self.retention)\", \"lang\": \"en\"}")
        let contact = { (id: Int) in
            "{\"confidence\":\(Self.contactMalayConfidence),\"id\":\(id),\"label\":\"contact\",\"labels\":[\"contact\"],\"language\":\"ms\"}"
        }
        let retention = "{\"confidence\":\(Self.retentionConfidence),\"id\":3,\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}"
        let detected = try classify(input)
        XCTAssertEqual(detected.status, 0, detected.stderr)
        XCTAssertEqual(detected.stdout, rows(contact(1), contact(2), retention))
        // With --lang en, a line without lang is English; "auto" in the line still detects.
        let english = try classify(input, ["--lang", "en"])
        XCTAssertEqual(english.status, 0, english.stderr)
        XCTAssertEqual(english.stdout, rows(contact(1),
                                            "{\"confidence\":0,\"id\":2,\"label\":\"other\",\"labels\":[\"other\"],\"language\":\"en\"}",
                                            retention))
    }

    func testLinesLongerThanMaxLineAreSkipped() throws {
        let long = "{\"id\": 2, \"text\": \"\(String(repeating: "data ", count: 40))\"}"
        let input = rows("{\"id\": 1, \"text\": \"\(Self.retention)\", \"lang\": \"en\"}", long,
                         "{\"id\": 3, \"text\": \"\(Self.retention)\", \"lang\": \"en\"}") + long
        let result = try classify(input, ["--max-line", "100"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, rows(
            "{\"confidence\":\(Self.retentionConfidence),\"id\":1,\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}",
            "{\"error\":\"line longer than --max-line (100 bytes)\",\"id\":null,\"line\":2}",
            "{\"confidence\":\(Self.retentionConfidence),\"id\":3,\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}",
            "{\"error\":\"line longer than --max-line (100 bytes)\",\"id\":null,\"line\":4}"))
        XCTAssertEqual(try classify("", ["--max-line", "0"]).status, 64)
    }

    func testDefaultMaxLineIs16MiB() throws {
        var input = Data("{\"id\": 1, \"text\": \"\(Self.retention)\", \"lang\": \"en\"}\n".utf8)
        input.append(Data(repeating: UInt8(ascii: "x"), count: 16 << 20 + 1))
        input.append(Data("\n{\"id\": 3, \"text\": \"\(Self.retention)\", \"lang\": \"en\"}\n".utf8))
        let result = try Self.run(["classify", "--jsonl", "-"], stdin: input)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, rows(
            "{\"confidence\":\(Self.retentionConfidence),\"id\":1,\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}",
            "{\"error\":\"line longer than --max-line (16777216 bytes)\",\"id\":null,\"line\":2}",
            "{\"confidence\":\(Self.retentionConfidence),\"id\":3,\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}"))
    }

    func testTheLastLineNeedsNoNewline() throws {
        let result = try classify("{\"id\": 1, \"text\": \"\(Self.retention)\", \"lang\": \"en\"}\n{\"id\": 2, \"text\": \"\(Self.retention)\", \"lang\": \"en\"}")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, rows(
            "{\"confidence\":\(Self.retentionConfidence),\"id\":1,\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}",
            "{\"confidence\":\(Self.retentionConfidence),\"id\":2,\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}"))
        // Empty input: no row, nothing failed.
        let empty = try classify("")
        XCTAssertEqual(empty.status, 0, empty.stderr)
        XCTAssertEqual(empty.stdout, "")
    }

    /// A 10 MB line is read in linear time: a valid one with a 10 MB member, and 10 MB with no
    /// newline at all, which ends with the input.
    func testTenMegabyteLinesFinish() throws {
        let padding = String(repeating: "0123456789", count: 1_000_000)
        let valid = "{\"id\": \"big\", \"padding\": \"\(padding)\", \"text\": \"\(Self.retention)\", \"lang\": \"en\"}\n"
        let result = try classify(valid)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "{\"confidence\":\(Self.retentionConfidence),\"id\":\"big\",\"label\":\"retention\",\"labels\":[\"retention\"],\"language\":\"en\"}\n")

        let noNewline = try Self.run(["classify", "--jsonl", "-"], stdin: Data(repeating: UInt8(ascii: "{"), count: 10_000_000))
        XCTAssertEqual(noNewline.stdout, "{\"error\":\"malformed JSON\",\"id\":null,\"line\":1}\n")
        XCTAssertEqual(noNewline.status, 65)
    }

    func testEveryLineMalformedExits65WithTheRowsWritten() throws {
        let result = try classify(rows("not json", "", "{\"id\": 3}"))
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(result.stdout, rows("{\"error\":\"malformed JSON\",\"id\":null,\"line\":1}",
                                           "{\"error\":\"blank line\",\"id\":null,\"line\":2}",
                                           "{\"error\":\"missing \\\"text\\\"\",\"id\":3,\"line\":3}"))
        XCTAssertEqual(result.stderr, "policyalign: every line of standard input was malformed (3 lines)\n")

        let file = CLITests.temporaryFile("blank.jsonl", Array("\n".utf8))
        let blank = try Self.run(["classify", "--jsonl", file])
        XCTAssertEqual(blank.status, 65)
        XCTAssertEqual(blank.stdout, "{\"error\":\"blank line\",\"id\":null,\"line\":1}\n")
        XCTAssertEqual(blank.stderr, "policyalign: every line of \(file) was malformed (1 line)\n")

        // One good line is enough to pass.
        let mixed = try classify(rows("not json", "{\"id\": 2, \"text\": \"\(Self.retention)\", \"lang\": \"en\"}"))
        XCTAssertEqual(mixed.status, 0, mixed.stderr)
    }

    /// Peak memory does not grow with the stream: 128 MB costs what 16 MB costs.
    func testMemoryStaysFlatWhateverTheStreamsLength() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
            throw XCTSkip("GNU time is not installed (apt-get install time): peak memory not measured")
        }
        let small = try peakKilobytes(classifying: stream(megabytes: 16))
        let large = try peakKilobytes(classifying: stream(megabytes: 128))
        print("\(Self.binary.path) classify --jsonl peak RSS: 16 MB stream \(small) KB, 128 MB stream \(large) KB")
        XCTAssertLessThan(Double(large), Double(small) * 1.5, "memory grows with the stream")
        XCTAssertLessThan(large, 150 * 1024)
    }

    /// A file of valid lines in two languages, malformed lines and blank lines, long and short.
    private func stream(megabytes: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("classify-stream-\(megabytes)-\(getpid()).jsonl").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        defer { try? handle.close() }
        let unterminated = String(repeating: "x", count: 2_000)
        let spaces = String(repeating: " ", count: 4_000)
        var written = 0, block = 0
        var chunk = ""
        while written < megabytes << 20 {
            chunk += "{\"id\": \(block), \"text\": \"We keep your personal data for \(block % 10) years.\", \"lang\": \"en\"}\n"
            chunk += "{\"id\": \"p\(block)\", \"text\": \"\(Self.contactMalay)\"}\n"
            chunk += "{\"id\": \(block), \"text\": \"\(unterminated)\n\(spaces)\n\nnot json\n"
            block += 1
            if chunk.utf8.count > 1 << 20 || written + chunk.utf8.count >= megabytes << 20 {
                try handle.write(contentsOf: Data(chunk.utf8))
                written += chunk.utf8.count
                chunk = ""
            }
        }
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    private func peakKilobytes(classifying path: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", Self.binary.path, "classify", "--jsonl", path]
        process.environment = Self.environment
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
        return try XCTUnwrap(output.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }, output)
    }
}
