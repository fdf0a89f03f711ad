import CHTML

/// An XML element as libxml2 read it (Word document parts, XLIFF): names without prefixes,
/// its namespace URI, the line it starts on, its attributes, and its children in order.
final class XMLTree {
    enum Node { case element(XMLTree), text(String) }

    let name: String
    let namespace: String?
    /// 1-based line of the start tag.
    let line: Int
    var attributes: [(name: String, value: String)] = []
    var nodes: [Node] = []

    init(name: String, namespace: String?, line: Int = 0) {
        self.name = name
        self.namespace = namespace
        self.line = line
    }

    var elements: [XMLTree] { nodes.compactMap { if case .element(let element) = $0 { element } else { nil } } }
    var text: String { nodes.map { if case .text(let text) = $0 { text } else { "" } }.joined() }

    /// The first attribute of that local name, whatever its namespace.
    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    func child(_ name: String) -> XMLTree? { elements.first { $0.name == name } }
    func children(named name: String) -> [XMLTree] { elements.filter { $0.name == name } }

    /// Elements of that name among the children, looking through wrapper elements.
    func descendants(named name: String, through wrappers: Set<String>) -> [XMLTree] {
        var found: [XMLTree] = []
        for element in elements {
            if element.name == name { found.append(element) } else if wrappers.contains(element.name) {
                found += element.descendants(named: name, through: wrappers)
            }
        }
        return found
    }

    struct ParseError: Error { let reason: String }

    /// The root element of well-formed XML (in any encoding its declaration or BOM names).
    static func parse(_ bytes: [UInt8]) throws(ParseError) -> XMLTree? {
        guard bytes.count < Int32.max else { throw ParseError(reason: "too large") }
        let builder = Builder()
        var error = [CChar](repeating: 0, count: 512)
        let status = bytes.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return -1 }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                withExtendedLifetime(builder) {
                    pa_xml_events(pointer, Int32(buffer.count), Unmanaged.passUnretained(builder).toOpaque(), {
                        context, event, namespace, name, length, attributes, count, line in
                        guard let context, let name else { return }
                        let builder = Unmanaged<Builder>.fromOpaque(context).takeUnretainedValue()
                        switch event {
                        case Int32(PA_XML_START.rawValue):
                            let element = XMLTree(name: String(cString: name), namespace: namespace.map { String(cString: $0) },
                                                  line: Int(line))
                            if let attributes {
                                for index in 0..<Int(count) {
                                    guard let local = attributes[index * 3 + 1] else { continue }
                                    let value = attributes[index * 3 + 2].map { String(cString: $0) } ?? ""
                                    element.attributes.append((String(cString: local), value))
                                }
                            }
                            builder.start(element)
                        case Int32(PA_XML_END.rawValue): builder.end()
                        default:
                            let raw = UnsafeRawBufferPointer(start: name, count: Int(length))
                            builder.text(String(decoding: raw, as: UTF8.self))
                        }
                    }, &error, Int32(error.count))
                }
            }
        }
        if status != 0 {
            let reason = DocxReader.reason(error)
            throw ParseError(reason: reason == "unknown error" ? "empty part" : reason)
        }
        return builder.root
    }

    private final class Builder {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func start(_ element: XMLTree) {
            if let parent = stack.last { parent.nodes.append(.element(element)) } else if root == nil { root = element }
            stack.append(element)
        }

        func end() { _ = stack.popLast() }

        func text(_ text: String) { stack.last?.nodes.append(.text(text)) }
    }
}
