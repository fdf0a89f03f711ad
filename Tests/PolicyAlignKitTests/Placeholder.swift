import XCTest
final class PolicyAlignKitTestsPlaceholder: XCTestCase { func testNothing() {} }
