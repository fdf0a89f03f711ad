import Foundation
import XCTest

/// Nothing lost, nothing changed: size limits, interrupted and concurrent runs, and flat
/// memory when streaming.
final class RobustnessTests: XCTestCase {
    func testSizeLimitHasAClearMessageAndAFlagToRaiseIt() throws {
        let big = CLITests.temporaryFile("big.txt", Array(("Privacy Policy\n" + String(repeating: "We collect data. ", count: 80_000)).utf8))
        let refused = try CLITests.run(["sections", big, "--max-size", "1"])
        XCTAssertEqual(refused.status, 65)
        XCTAssertTrue(refused.stderr.contains("larger than the 1 MB limit (raise it with --max-size)"), refused.stderr)
        XCTAssertEqual(try CLITests.run(["sections", big, "--max-size", "2"]).status, 0)
    }

    func testConcurrentRunsWritingOneOutputLeaveAWholeFile() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("concurrent-\(getpid()).json").path
        let files = ["Corpus/dynatron/en.txt", "Corpus/aclaro/ms.txt", "Corpus/kasperek-optical/th.txt", "Corpus/dynatron/ja.txt"]
        let statuses = Statuses()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            statuses.add((try? CLITests.run(["sections", files[index], "--format", "json", "--output", output]).status) ?? -1)
        }
        XCTAssertEqual(statuses.values, [0, 0, 0, 0])
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        XCTAssertNotNil(try? JSONSerialization.jsonObject(with: data), "one run's whole output, not a mix")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix(".concurrent-\(getpid()).json") }
        XCTAssertEqual(leftovers, [], "no temporary files left")
    }

    func testInterruptedRunLeavesNoPartialFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interrupted-\(getpid())").path
        try? FileManager.default.removeItem(atPath: folder)
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = ["parity", "--dir", "Corpus", "--format", "html", "--output", folder]
        process.currentDirectoryURL = CLITests.root
        var environment = ProcessInfo.processInfo.environment
        environment["POLICYALIGN_LEXICONS"] = environment["POLICYALIGN_TEST_LEXICONS"] ?? CLITests.root.appendingPathComponent("Lexicons").path
        process.environment = environment
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        process.interrupt()
        process.waitUntilExit()
        let files = (FileManager.default.subpaths(atPath: folder) ?? [])
        XCTAssertEqual(files.filter { $0.hasSuffix(".tmp") }, [], "no temporary file survives the interrupt")
        for file in files where file.hasSuffix(".html") {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            XCTAssertTrue(text.hasSuffix("</html>\n"), "\(file) is whole")
        }
    }

    /// Peak memory of `classify --jsonl` is flat: ten times the input, about the same RSS.
    func testClassifyStreamsInFlatMemory() throws {
        func peakRSS(lines: Int) throws -> Int {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("segments-\(lines)-\(getpid()).jsonl").path
            var text = ""
            for index in 0..<lines {
                text += "{\"id\": \(index), \"text\": \"We keep your personal data for \(index % 10) years after you close your account.\", \"lang\": \"en\"}\n"
            }
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["bash", "-c", "command time -f %M \"$0\" classify --jsonl \"$1\" --lexicons \"$2\" > /dev/null",
                                 CLITests.binary.path, path, CLITests.root.appendingPathComponent("Lexicons").path]
            let err = Pipe()
            process.standardError = err
            try process.run()
            let output = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard let kilobytes = output.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw XCTSkip("GNU time is not installed (apt-get install time): peak memory not measured")
            }
            return kilobytes
        }
        let small = try peakRSS(lines: 3_000)
        let large = try peakRSS(lines: 30_000)
        print("classify --jsonl peak RSS: 3,000 lines \(small) KB, 30,000 lines \(large) KB")
        XCTAssertLessThan(Double(large), Double(small) * 1.3, "memory grows with the input")
    }
}

/// Exit statuses collected from concurrent runs.
final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Int32] = []
    func add(_ status: Int32) { lock.lock(); collected.append(status); lock.unlock() }
    var values: [Int32] { lock.lock(); defer { lock.unlock() }; return collected }
}
