import Foundation
import PolicyText

/// Turns what the checks found into findings: one place that decides each finding's
/// severity, message and fingerprint, for `align`, `untranslated` and `parity` alike.
public enum FindingsBuilder {
    /// Text quoted in a one-line message is cut here; the full text is in `evidence`.
    static let messageLimit = 160
    /// From this share on, the untranslated-document finding stands for the clauses.
    public static let wholeDocumentShare = 0.8

    /// Every finding of one translation aligned with its original.
    public static func findings(of alignment: PolicyAlignment) -> [Finding] {
        let source = alignment.source, target = alignment.target
        let file = target.document.file, sourceFile = source.document.file
        var findings: [Finding] = []
        findings += document(target, sourceLanguage: alignment.sourceLanguage, share: alignment.untranslatedShare)

        for index in alignment.missingSections {
            let section = source.sections[index]
            let heading = section.heading ?? "(opening text)"
            findings.append(Finding(
                kind: .missingSection, severity: .error, file: file, line: nil, sourceFile: sourceFile, sourceLine: section.startLine,
                label: section.label, message: "The original's section “\(truncate(heading, messageLimit))” (\(section.label)) is missing from the translation",
                evidence: heading, values: ["source": heading], fingerprintParts: [heading]))
        }
        for index in alignment.extraSections {
            let section = target.sections[index]
            let heading = section.heading ?? "(opening text)"
            findings.append(Finding(
                kind: .extraSection, severity: .warning, file: file, line: section.startLine, endLine: section.endLine,
                sourceFile: sourceFile, sourceLine: nil, label: section.label,
                message: "The translation's section “\(truncate(heading, messageLimit))” has no counterpart in the original",
                evidence: heading, values: ["target": heading], fingerprintParts: [heading]))
        }
        for omission in alignment.omissions {
            let text = omission.sentences.map(\.text).joined(separator: " ")
            let label = source.sections[omission.sourceSection].label
            let place = omission.after.map { $0.endLine } ?? omission.before?.line
            findings.append(Finding(
                kind: .omitted, severity: omission.statesFacts ? .error : .warning, file: file, line: place,
                sourceFile: sourceFile, sourceLine: omission.sentences.first?.line, label: label,
                message: "A sentence of the original is missing from the translation: “\(truncate(text, messageLimit))”",
                evidence: text, values: ["source": text], confidence: omission.confidence, fingerprintParts: [text]))
        }
        // A document mostly left in the source language is one finding, not hundreds.
        if alignment.untranslatedShare < Self.wholeDocumentShare {
            findings += untranslated(alignment.untranslated, in: target, sourceLanguage: alignment.sourceLanguage, sourceFile: sourceFile)
        }
        for fact in alignment.facts {
            let label = fact.sourceSection.map { source.sections[$0].label } ?? fact.targetSection.map { target.sections[$0].label }
            findings.append(Self.fact(fact, file: file, sourceFile: sourceFile, label: label))
        }
        for item in ParityReport.truncatedSections(alignment) {
            let section = target.sections[item.section]
            let original = source.sections[item.referenceSection]
            let heading = section.heading ?? original.heading ?? "(opening text)"
            findings.append(Finding(
                kind: .truncated, severity: .warning, file: file, line: section.startLine, endLine: section.endLine,
                sourceFile: sourceFile, sourceLine: original.startLine, label: original.label,
                message: "The translated section “\(truncate(heading, messageLimit))” is \(Int(item.relativeLength * 100))% of the length the original suggests",
                evidence: heading, values: ["relativeLength": String(item.relativeLength)],
                fingerprintParts: [original.heading ?? ""]))
        }
        return findings
    }

    /// Document-level verdicts: a declared language the text does not bear out, and a
    /// translation mostly left in the source language.
    public static func document(_ policy: AnalyzedPolicy, sourceLanguage: String, share: Double) -> [Finding] {
        let file = policy.document.file
        var findings: [Finding] = []
        if policy.languageGiven, let detected = policy.detected, detected.language != LanguageIdentifier.undetermined,
           detected.language != policy.language, detected.confidence >= 0.5 {
            findings.append(Finding(
                kind: .languageMismatch, severity: .error, file: file, line: nil, sourceFile: nil, sourceLine: nil, label: nil,
                message: "The file is declared \(name(policy.language)) but its text is \(name(detected.language))",
                values: ["declared": policy.language, "detected": detected.language],
                confidence: (detected.confidence * 100).rounded() / 100, fingerprintParts: [policy.language, detected.language]))
        }
        if share >= 0.5 {
            findings.append(Finding(
                kind: .untranslatedDocument, severity: .error, file: file, line: nil, sourceFile: nil, sourceLine: nil, label: nil,
                message: shareSentence(share, sourceLanguage: sourceLanguage),
                values: ["share": String(share), "sourceLanguage": sourceLanguage], fingerprintParts: [sourceLanguage]))
        }
        return findings
    }

    public static func untranslated(_ clauses: [UntranslatedClause], in policy: AnalyzedPolicy, sourceLanguage: String,
                                    sourceFile: String?) -> [Finding] {
        clauses.map { clause in
            let label = policy.sections.last { $0.startLine <= clause.startLine }?.label
            let words = clause.text.split(whereSeparator: { $0.isWhitespace }).count
            let severity: Finding.Severity = clause.confidence >= 0.8 && words >= 5 ? .error : .warning
            return Finding(
                kind: .untranslated, severity: severity, file: policy.document.file, line: clause.startLine, endLine: clause.endLine,
                sourceFile: sourceFile, sourceLine: nil, label: label,
                message: "Still in \(name(sourceLanguage)): “\(truncate(clause.text, messageLimit))”",
                evidence: clause.text, values: ["text": clause.text, "reason": clause.reason],
                confidence: clause.confidence, fingerprintParts: [clause.text])
        }
    }

    /// A unit of a bilingual file with no translation: untranslated, on the unit, whatever
    /// the checks made of the source text standing in for it.
    static func emptyTarget(_ unit: BilingualDocument.Unit, file: String, in translation: AnalyzedPolicy,
                            ownOriginal: Bool) -> Finding {
        let words = unit.source.split(whereSeparator: \.isWhitespace).count
        let line = unit.targetLine ?? unit.sourceLine
        var values = ["unit": unit.id, "text": unit.source, "reason": "empty-target"]
        if let state = unit.state { values["state"] = state }
        return Finding(
            kind: .untranslated, severity: words >= 5 ? .error : .warning, file: file, line: line,
            sourceFile: ownOriginal ? file : nil, sourceLine: ownOriginal ? unit.sourceLine : nil,
            label: translation.sections.last { $0.startLine <= line }?.label,
            message: "Unit \(unit.id) has no translation: “\(truncate(unit.source, messageLimit))”",
            evidence: unit.source, values: values, confidence: 1, fingerprintParts: [unit.source])
    }

    static func fact(_ fact: FactFinding, file: String, sourceFile: String, label: String?) -> Finding {
        let kindName = fact.kind.rawValue
        var values = ["factKind": kindName]
        if let source = fact.source { values["source"] = source.text; values["sourceValue"] = source.value }
        if let target = fact.target { values["target"] = target.text; values["targetValue"] = target.value }
        let sentence = fact.targetSentence?.text ?? fact.sourceSentence?.text
        let line = fact.target?.line ?? fact.targetSentence?.line
        switch fact.status {
        case .mismatch:
            return Finding(
                kind: .factMismatch, severity: .error, file: file, line: line, sourceFile: sourceFile, sourceLine: fact.source?.line,
                label: label, message: "The translation gives “\(fact.target!.text)” where the original gives “\(fact.source!.text)”",
                evidence: sentence, values: values, fingerprintParts: [kindName, fact.source!.value, fact.target!.value])
        case .missing:
            return Finding(
                kind: .factMissing, severity: .warning, file: file, line: line, sourceFile: sourceFile, sourceLine: fact.source?.line,
                label: label, message: "The translation does not give the original's \(describe(fact.kind)) “\(fact.source!.text)”",
                evidence: fact.sourceSentence?.text ?? sentence, values: values, fingerprintParts: [kindName, fact.source!.value])
        case .extra:
            return Finding(
                kind: .factExtra, severity: .note, file: file, line: line, sourceFile: sourceFile, sourceLine: nil,
                label: label, message: "The translation gives \(describe(fact.kind)) “\(fact.target!.text)”, which the original does not",
                evidence: sentence, values: values, fingerprintParts: [kindName, fact.target!.value])
        }
    }

    static func describe(_ kind: Fact.Kind) -> String {
        switch kind {
        case .url: return "link"
        case .email: return "e-mail address"
        case .phone: return "phone number"
        case .reference: return "legal reference"
        default: return kind.rawValue
        }
    }

    /// The English name of a language tag ("ms" -> "Malay"), from ICU's locale data.
    static func name(_ tag: String) -> String {
        Locale(identifier: "en").localizedString(forIdentifier: tag) ?? tag
    }

    /// "97% of the text is still in English": the one wording every output uses.
    public static func shareSentence(_ share: Double, sourceLanguage: String) -> String {
        "\(Int((share * 100).rounded()))% of the text is still in \(name(sourceLanguage))"
    }
}
