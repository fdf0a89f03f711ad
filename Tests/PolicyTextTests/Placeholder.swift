import XCTest
final class PolicyTextTestsPlaceholder: XCTestCase { func testNothing() {} }
