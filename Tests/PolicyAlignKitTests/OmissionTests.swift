import Foundation
import XCTest
@testable import PolicyAlignKit

/// A sentence dropped from a translation comes back as an `omitted` finding naming the
/// original's sentence; a clean translation gets none.
final class OmissionTests: XCTestCase {
    struct Tally { var dropped = 0, found = 0, falseOmissions = 0, cleanDocuments = 0 }

    func measure(source: String, translations: [(path: String, language: String)], perDocument: Int) throws -> Tally {
        let analyzer = Fixtures.analyzer()
        let aligner = PolicyAligner(lexicons: Fixtures.lexicons)
        let original = try analyzer.analyze(path: source)
        var tally = Tally()
        for (path, language) in translations {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let clean = try aligner.align(source: original, target: try analyzer.analyze(path: path, language: language))
            tally.cleanDocuments += 1
            tally.falseOmissions += clean.omissions.count
            for (pair, line) in Perturbations.droppable(clean, text: text, limit: perDocument) {
                let edited = Perturbations.dropping(pair.target[0].text, line: line, from: text)
                let file = Fixtures.temporaryFile("dropped-\(language)" + (path as NSString).pathExtension.prefixed, Array(edited.utf8))
                let alignment = try aligner.align(source: original, target: try analyzer.analyze(path: file, language: language))
                tally.dropped += 1
                let hit = alignment.findings.contains { $0.kind == .omitted && $0.sourceLine == pair.source[0].line
                    && ($0.evidence ?? "").contains(pair.source[0].text.prefix(30)) }
                if hit { tally.found += 1 } else {
                    print("missed in \(language): \(pair.source[0].text.prefix(80))")
                }
            }
        }
        return tally
    }

    func testDroppedSentencesAreFoundInLineForLineTranslations() throws {
        let languages = ["ms", "de", "zh-Hans", "th", "ar", "ja", "ru", "fr"]
        let tally = try measure(source: Fixtures.path("Corpus/dynatron/en.txt"),
                                translations: languages.map { (Fixtures.path("Corpus/dynatron/\($0).txt"), $0) }, perDocument: 6)
        let recall = Double(tally.found) / Double(max(1, tally.dropped))
        print("omitted sentences: \(tally.found)/\(tally.dropped) found (recall \(String(format: "%.2f", recall))), "
              + "\(tally.falseOmissions) false omissions in \(tally.cleanDocuments) clean translations")
        XCTAssertGreaterThanOrEqual(recall, 0.65)
        XCTAssertLessThanOrEqual(tally.falseOmissions, 2)
    }

    /// Bold lead-ins are a way of writing: the original's "- **Term**: ..." list items and a
    /// translation's "**Término**: ..." paragraphs (each a subheading) hold the same text, so
    /// nothing is omitted and no section is extra, and each lead-in aligns with its item.
    func testBoldLeadInsWrittenAsParagraphsAreNoExtraSections() throws {
        let english = """
        # Privacy Policy

        ## 1. Information we collect

        We collect the following information:

        - **Account data**: your name and e-mail address, which you give us when you register.
        - **Usage data**: the pages you visit and the time you spend on each of them.
        - **Device data**: your browser, operating system and screen size.

        ## 2. How long we keep it

        We keep your data for 12 months after your last visit.
        """
        let spanish = """
        # Política de privacidad

        ## 1. Información que recopilamos

        Recopilamos la siguiente información:

        **Datos de la cuenta**: su nombre y dirección de correo electrónico, que nos facilita al registrarse.

        **Datos de uso**: las páginas que visita y el tiempo que pasa en cada una de ellas.

        **Datos del dispositivo**: su navegador, sistema operativo y tamaño de pantalla.

        ## 2. Cuánto tiempo los conservamos

        Conservamos sus datos durante 12 meses después de su última visita.
        """
        let analyzer = Fixtures.analyzer()
        let aligner = PolicyAligner(lexicons: Fixtures.lexicons)
        let original = try analyzer.analyze(analyzer.reader.read(bytes: Array(english.utf8), file: "en.md"), language: "en")
        let translation = try analyzer.analyze(analyzer.reader.read(bytes: Array(spanish.utf8), file: "es.md"), language: "es")
        XCTAssertEqual(translation.sections.filter(\.isLeadIn).count, 3)
        let alignment = try aligner.align(source: original, target: translation)
        let kinds = alignment.findings.map(\.kind)
        XCTAssertFalse(kinds.contains(.extraSection), "\(alignment.findings.map(\.message))")
        XCTAssertFalse(kinds.contains(.omitted), "\(alignment.findings.map(\.message))")
        let pairs = alignment.sentencePairs.filter { $0.source.count == 1 && $0.target.count == 1 }
        XCTAssertTrue(pairs.contains { $0.source[0].text.hasPrefix("Usage data:") && $0.target[0].text.hasPrefix("Datos de uso:") })
    }
}

private extension String {
    var prefixed: String { isEmpty ? "" : "." + self }
}
