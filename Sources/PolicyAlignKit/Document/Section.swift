/// A section of a policy: a heading (or none, for text before the first heading), the
/// lines it covers, its place in the hierarchy, and its canonical labels once classified.
public struct Section: Sendable {
    public var index: Int
    /// Heading text as written (with its numbering); nil for a headless run of text.
    public var heading: String?
    /// 1-based lines covered, the heading line included.
    public var startLine: Int
    public var endLine: Int
    /// 1 = top level; deeper numbers are subsections.
    public var level: Int
    /// A heading that opens a paragraph line ("By Browsing. As you browse ...").
    public var runIn: Bool
    /// The document's title heading ("Privacy Policy"), or the headless text before the
    /// first heading: where policies introduce themselves.
    public var isOpening: Bool
    /// Headed by a paragraph's bold lead-in (see `Block.isLeadIn`): for the aligner, as good
    /// as a run-in heading.
    public var isLeadIn = false
    /// Index of the enclosing section, if any.
    public var parent: Int?
    /// The id its heading carries in the markup (`{#cookies}`, `id="cookies"`).
    public var anchor: String?
    /// Body text blocks (for run-in headings, the rest of the heading's line comes first).
    public var body: [Block]

    public var label: String = "other"
    public var labels: [String] = ["other"]
    public var confidence: Double = 0
    /// The strength of evidence the confidence was calibrated from.
    public var strength: Double = 0
    public var evidence: [String] = []
    /// The classifier's full result, kept only when it records contributions (learning).
    public var classification: Classification?

    public init(index: Int, heading: String?, startLine: Int, endLine: Int, level: Int, runIn: Bool,
                isOpening: Bool = false, parent: Int? = nil, body: [Block]) {
        self.index = index
        self.heading = heading
        self.startLine = startLine
        self.endLine = endLine
        self.level = level
        self.runIn = runIn
        self.isOpening = isOpening
        self.parent = parent
        self.body = body
    }

    /// Heading and body as one text.
    public var text: String {
        ([heading].compactMap { $0 } + body.map(\.text).filter { !$0.isEmpty }).joined(separator: "\n")
    }

    public var bodyText: String { body.lazy.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n") }

    /// The first `bytes` of the heading and body (or of the body alone), without joining the
    /// whole section: what a check that reads a sample needs.
    public func textSample(bytes: Int, includingHeading: Bool = true) -> String {
        TextSample.prefix(of: (includingHeading ? [heading].compactMap { $0 } : []) + body.map(\.text), bytes: bytes)
    }

    /// Takes a classifier's reading as the section's labels.
    mutating func apply(_ classification: Classification) {
        label = classification.label
        labels = classification.labels
        confidence = classification.confidence
        strength = classification.strength
        evidence = classification.evidence
    }
}
