import XCTest
@testable import PolicyAlignKit

/// The table numbers byte strings as a Dictionary keyed by their bytes would: its in-line
/// comparison tells apart strings that differ in any one byte, at any length.
final class ByteStringTableTests: XCTestCase {
    func testIdsMatchADictionaryOfBytes() {
        var table = ByteStringTable()
        var reference: [[UInt8]: Int] = [:]
        var strings: [[UInt8]] = [[]]
        for length in [1, 2, 7, 8, 9, 15, 16, 17, 63, 64, 65, 100] {
            let base = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            strings.append(base)
            // The same length, one byte changed at each place.
            for place in 0..<length {
                var changed = base
                changed[place] ^= 0x40
                strings.append(changed)
            }
            strings.append(Array(base.dropLast()))
        }
        strings += Fixtures.corpusLines.prefix(2000).flatMap { $0.split(separator: " ").map { Array($0.utf8) } }
        for _ in 0..<2 {
            for string in strings {
                let id = string.withUnsafeBufferPointer { table.intern($0).id }
                if let known = reference[string] {
                    XCTAssertEqual(id, known)
                } else {
                    reference[string] = id
                    XCTAssertEqual(id, reference.count - 1)
                }
                XCTAssertEqual(string.withUnsafeBufferPointer { table.find($0).id }, id)
            }
        }
        XCTAssertEqual(table.count, reference.count)
    }
}
