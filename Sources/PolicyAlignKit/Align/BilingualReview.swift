import Foundation

extension PolicyAnalyzer {
    /// Both sides of a bilingual file with one section structure: sections are found in
    /// the original, and the unit that starts one there starts it in the translation too
    /// (a translated heading may not look like one; the unit says it is the same place).
    /// A language the caller gives wins over the file's; a tag no lexicon has is detected.
    public func analyze(_ bilingual: BilingualDocument, sourceLanguage: String? = nil, targetLanguage: String? = nil)
        throws(PolicyError) -> (original: AnalyzedPolicy, translation: AnalyzedPolicy) {
        let sourceTag = try sourceLanguage.flatMap { code throws(PolicyError) in try resolveLanguage(code) }
            ?? bilingual.sourceLanguage.flatMap { lexicons.resolve($0) }
        let targetTag = try targetLanguage.flatMap { code throws(PolicyError) in try resolveLanguage(code) }
            ?? bilingual.targetLanguage.flatMap { lexicons.resolve($0) }
        let firstReading = try analyze(bilingual.original, language: sourceTag)
        var structured = bilingual
        let sources = BilingualDocument.UnitIndex(bilingual, translation: false)
        for section in firstReading.sections where section.heading != nil && !section.runIn {
            if let unit = sources.unit(atLine: section.startLine, containing: section.heading) { structured.sectionStarts[unit] = section.level }
        }
        let original = try analyze(structured.original, language: sourceTag)
        var translation = try analyze(structured.translation, language: targetTag)
        if targetTag == nil { translation = try asTranslation(translation, of: original.language) }
        return (original, translation)
    }
}

extension PolicyAlignment {
    /// Puts the findings of a translation read from `bilingual` on its units (see `BilingualDocument.review`).
    public mutating func review(by bilingual: BilingualDocument, ownOriginal: Bool) {
        findings = bilingual.review(findings, translation: target, ownOriginal: ownOriginal)
    }
}

extension UntranslatedReport {
    /// Puts the findings of a translation read from `bilingual` on its units (see `BilingualDocument.review`).
    public mutating func review(by bilingual: BilingualDocument, ownOriginal: Bool) {
        findings = bilingual.review(findings, translation: policy, ownOriginal: ownOriginal)
    }
}

extension BilingualDocument {
    /// The findings of this file's translation as a reviewer of the file needs them: each
    /// on its unit (`values["unit"]`), none on a unit marked `translate="no"`, and a unit
    /// with no target as one finding of its own rather than what its stand-in source text
    /// set off. `ownOriginal` says the findings compare the file with its own sources, so
    /// that the original's lines are this file's too.
    public func review(_ findings: [Finding], translation: AnalyzedPolicy, ownOriginal: Bool) -> [Finding] {
        var reviewed: [Finding] = []
        let targets = UnitIndex(self, translation: true), sources = UnitIndex(self, translation: false)
        for var finding in findings where finding.file == file {
            var unit: Int?
            if let line = finding.line {
                unit = targets.unit(atLine: line, containing: finding.evidence)
            } else if ownOriginal, let line = finding.sourceLine {
                unit = sources.unit(atLine: line, containing: finding.evidence)
            }
            if let unit {
                if !units[unit].translatable || units[unit].target == nil { continue }
                finding.values["unit"] = units[unit].id
            }
            reviewed.append(finding)
        }
        reviewed += findings.filter { $0.file != file }
        for unit in units where unit.translatable && unit.target == nil {
            reviewed.append(FindingsBuilder.emptyTarget(unit, file: file, in: translation, ownOriginal: ownOriginal))
        }
        return reviewed
    }
}
