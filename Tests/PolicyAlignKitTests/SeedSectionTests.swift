import XCTest
@testable import PolicyAlignKit

/// The five seed policies against their gold files: exact heading lines, levels and kinds.
final class SeedSectionTests: XCTestCase {
    static let seeds = ["dynacraft/en", "dynatron/en", "kasperek-optical/en", "marketplace/en", "aclaro/ms"]

    func testSeedHeadingsMatchGold() throws {
        let analyzer = Fixtures.analyzer()
        for seed in Self.seeds {
            let policy = try analyzer.analyze(path: Fixtures.path("Corpus/\(seed).txt"))
            let gold = GoldFile.read(Fixtures.path("Corpus/\(seed).gold.tsv"))
            XCTAssertFalse(gold.isEmpty, seed)
            let found = policy.sections.map { section in
                "\(section.startLine) L\(section.level) \(section.heading == nil ? "none" : section.runIn ? "run-in" : "heading")"
            }
            let expected = gold.map { "\($0.startLine) L\($0.level) \($0.kind)" }
            XCTAssertEqual(found, expected, seed)
            for (section, goldSection) in zip(policy.sections, gold) where goldSection.kind == "heading" {
                XCTAssertEqual(section.heading, goldSection.heading, "\(seed) line \(goldSection.startLine)")
            }
        }
    }

    func testSectionsCoverEveryLineOnce() throws {
        let analyzer = Fixtures.analyzer()
        for seed in Self.seeds {
            let policy = try analyzer.analyze(path: Fixtures.path("Corpus/\(seed).txt"))
            XCTAssertEqual(policy.sections.first?.startLine, 1, seed)
            XCTAssertEqual(policy.sections.last?.endLine, policy.document.lineCount, seed)
            for (previous, next) in zip(policy.sections, policy.sections.dropFirst()) {
                XCTAssertEqual(previous.endLine + 1, next.startLine, seed)
            }
        }
    }

    func testMalaySeedHasTwelveNumberedTopLevelSections() throws {
        let policy = try Fixtures.analyzer().analyze(path: Fixtures.path("Corpus/aclaro/ms.txt"))
        let numbered = policy.sections.filter { $0.level == 1 && ($0.heading?.first?.isNumber ?? false) }
        XCTAssertEqual(numbered.map { $0.heading!.prefix(while: { $0 != "." }) }, (1...12).map { Substring(String($0)) })
        XCTAssertEqual(policy.sections.first?.heading, nil, "the navigation crumb is no section heading")
        XCTAssertEqual(policy.sections[1].heading, "POLISI PRIVASI")
    }

    func testTableOfContentsIsNotSections() throws {
        let policy = try Fixtures.analyzer().analyze(path: Fixtures.path("Corpus/dynatron/en.txt"))
        // Lines 1-16 list the sections; the first real heading is "1. Collection, ..." at line 22.
        XCTAssertEqual(policy.sections[0].heading, nil)
        XCTAssertEqual(policy.sections[1].startLine, 22)
        XCTAssertEqual(policy.sections.filter { $0.heading?.contains("Retention Period") ?? false }.map(\.startLine), [31])
    }
}
