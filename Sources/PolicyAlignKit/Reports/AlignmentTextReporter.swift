/// `policyalign align` for people: the section pairs side by side, then what needs a look.
public struct AlignmentTextReporter: Reporter {
    public var style: TerminalStyle
    public var width: Int

    public init(style: TerminalStyle = .plain, width: Int = 100) {
        self.style = style
        self.width = max(60, width)
    }

    public var format: OutputFormat { .text }

    public func render(_ alignment: PolicyAlignment) -> String {
        let source = alignment.source, target = alignment.target
        var out = style.bold("\(source.document.file) (\(source.language)) -> \(target.document.file) (\(target.language))") + "\n"
        let paired = alignment.sectionPairs.filter { $0.source != nil && $0.target != nil }.count
        out += "\(alignment.sectionPairs.count) section pairs (\(paired) matched, \(alignment.missingSections.count) missing, \(alignment.extraSections.count) extra), "
        out += "\(alignment.omissions.count) omitted, \(alignment.untranslated.count) untranslated, \(alignment.facts.count) fact differences\n\n"
        let column = (width - 24) / 2
        for pair in alignment.sectionPairs {
            let left = pair.source.map { heading(source.sections[$0]) } ?? style.warning("(no counterpart)")
            let right = pair.target.map { heading(target.sections[$0]) } ?? style.warning("(missing in translation)")
            let label = pair.label.padding(18)
            out += "\(label) \(fit(left, column))  \(fit(right, column))\n"
        }
        out += "\n\(target.document.file): " + FindingsBuilder.shareSentence(alignment.untranslatedShare, sourceLanguage: alignment.sourceLanguage) + "\n"
        out += FindingsTextRenderer(style: style, width: width).render(alignment.findings)
        let disagreements = alignment.labelDisagreements
        if !disagreements.isEmpty {
            out += "\n" + style.bold("Label disagreements") + " (the translation's lexicon reads these sections otherwise)\n"
            for pair in disagreements {
                out += "  source \(pair.source!) \(pair.sourceLabel ?? "-") / target \(pair.target!) \(pair.targetLabel ?? "-")\n"
            }
        }
        return out
    }

    private func heading(_ section: Section) -> String {
        section.heading ?? "(text before the first heading)"
    }

    /// Cuts or pads to a display width, counting wide (CJK) characters as two columns.
    private func fit(_ text: String, _ columns: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let width = character.unicodeScalars.first.map { TerminalWidth.of($0) } ?? 1
            if used + width > columns - 1 { result += "…"; used += 1; break }
            result.append(character)
            used += width
        }
        return result + String(repeating: " ", count: max(0, columns - used))
    }
}

/// Display columns of a character: East Asian wide characters take two, marks none.
enum TerminalWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { return 0 }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value) {
            return 2
        }
        return 1
    }
}
