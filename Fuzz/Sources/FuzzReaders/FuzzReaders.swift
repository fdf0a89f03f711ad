import FuzzSupport
import PolicyAlignKit

// Bytes in any encoding, read as text, Markdown and HTML.
@_cdecl("FuzzReaders_main")
public func fuzzReadersMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzReaders(data, size) }
}

func fuzzReaders(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = DocumentReader()
    for name in ["input.txt", "input.md", "input.html", "input"] {
        _ = try? reader.read(bytes: bytes, file: name)
    }
    return 0
}
