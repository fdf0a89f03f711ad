import XCTest
@testable import PolicyAlignKit

/// The aligners look only within a band around the diagonal: its width stays bounded when
/// the two sides' counts differ a lot (so time and memory grow linearly), and it still
/// reaches every cell the diagonal's slope asks for.
final class AlignmentBandTests: XCTestCase {
    /// A sentence with one anchor (a number that survives translation).
    private func sentence(_ length: Int, anchor: Int) -> AlignableSentence {
        AlignableSentence(length: length, placeables: ["n\(anchor)"])
    }

    func testThreeSentencesJoinedIntoOneAlignAcrossAThousandSentences() {
        // Thai has no sentence marks: three English sentences often come back as one.
        let source = (0..<900).map { sentence(100, anchor: $0 / 3) }
        let target = (0..<300).map { sentence(300, anchor: $0) }
        XCTAssertLessThanOrEqual(AlignmentBand.halfWidth(900, 300, minimum: 8, share: 0.15, shareLimit: 50, drift: 4), 64)
        let beads = SentenceAligner().align(source, target, ratio: 1)
        XCTAssertEqual(beads.count, 300)
        for (index, bead) in beads.enumerated() {
            XCTAssertEqual(bead.source, [3 * index, 3 * index + 1, 3 * index + 2])
            XCTAssertEqual(bead.target, [index])
        }
    }

    func testOneSentenceAgainstTwoHundredStillReachesTheEnd() {
        // The slope (200 columns in one row) needs a wider band than the cap on the difference.
        XCTAssertGreaterThanOrEqual(AlignmentBand.halfWidth(1, 200, minimum: 8, share: 0.15, shareLimit: 50, drift: 4), 200)
        let beads = SentenceAligner().align([sentence(50, anchor: 7)], (0..<200).map { sentence(50, anchor: $0) }, ratio: 1)
        XCTAssertEqual(beads.flatMap(\.target), Array(0..<200))
        XCTAssertEqual(beads.filter { $0.source == [0] }.first?.target.contains(7), true)
    }
}
