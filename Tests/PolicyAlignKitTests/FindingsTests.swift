import Foundation
import XCTest
@testable import PolicyAlignKit

/// The findings model on small documents with one known difference each.
final class FindingsTests: XCTestCase {
    private func align(_ original: String, _ originalName: String, _ translation: String, _ translationName: String,
                       language: String) throws -> PolicyAlignment {
        let analyzer = Fixtures.analyzer()
        let source = try analyzer.analyze(path: Fixtures.temporaryFile(originalName, Array(original.utf8)), language: "en")
        let target = try analyzer.analyze(path: Fixtures.temporaryFile(translationName, Array(translation.utf8)), language: language)
        return try PolicyAligner(lexicons: Fixtures.lexicons).align(source: source, target: target)
    }

    static let englishMarkdown = """
    # Privacy Policy

    ## Contact

    Questions about this policy? Write to our [privacy team](mailto:privacy@acme.io) or use the [contact form](https://acme.io/privacy/contact).

    ## Retention

    We keep account data for [as long as your account is open](https://acme.io/help/retention).
    """

    func testAChangedLinkTargetInMarkdownIsAFactMismatch() throws {
        let spanish = """
        # Política de privacidad

        ## Contacto

        ¿Preguntas sobre esta política? Escriba a nuestro [equipo de privacidad](mailto:privacy@acme.io) o use el [formulario de contacto](https://acme.io/es/privacy/kontakt).

        ## Conservación

        Conservamos los datos de la cuenta [mientras su cuenta esté abierta](https://acme.io/es/help/retention).
        """
        let alignment = try align(Self.englishMarkdown, "policy.en.md", spanish, "policy.es.md", language: "es")
        let facts = alignment.findings.filter { $0.kind.rawValue.hasPrefix("fact") }
        XCTAssertEqual(facts.map(\.kind), [.factMismatch], "\(facts.map(\.message))")
        XCTAssertEqual(facts.first?.values["target"], "https://acme.io/es/privacy/kontakt")
        XCTAssertEqual(facts.first?.values["source"], "https://acme.io/privacy/contact")
        XCTAssertEqual(facts.first?.line, 5)
        XCTAssertEqual(facts.first?.sourceLine, 5)
        XCTAssertEqual(facts.first?.severity, .error)
        // Link text is text: no address or markup in the sentence.
        XCTAssertTrue(alignment.sentencePairs.contains { $0.target.contains { $0.text == "Escriba a nuestro equipo de privacidad o use el formulario de contacto."  } })
    }

    func testAChangedLinkTargetInHTMLIsAFactMismatch() throws {
        let english = """
        <html><body><h1>Privacy Policy</h1><h2>Contact</h2>
        <p>Questions? Use our <a href="https://acme.io/privacy/contact">contact form</a>.</p>
        <h2>Children</h2><p>Our services are not directed to children under 13.</p></body></html>
        """
        let german = """
        <html><body><h1>Datenschutzerklärung</h1><h2>Kontakt</h2>
        <p>Fragen? Nutzen Sie unser <a href="https://acme.io/de/privacy/contact-us">Kontaktformular</a>.</p>
        <h2>Kinder</h2><p>Unsere Dienste richten sich nicht an Kinder unter 13 Jahren.</p></body></html>
        """
        let alignment = try align(english, "en.html", german, "de.html", language: "de")
        let facts = alignment.findings.filter { $0.kind.rawValue.hasPrefix("fact") }
        XCTAssertEqual(facts.map(\.kind), [.factMismatch], "\(facts.map(\.message))")
        XCTAssertEqual(facts.first?.values["factKind"], "url")
        XCTAssertEqual(facts.first?.line, 2)
        // The HTML report leads with the findings, escaped.
        let page = AlignmentHTMLReporter(generated: Date(timeIntervalSince1970: 0)).render(alignment)
        let findings = try XCTUnwrap(page.range(of: "<h2 id=\"findings\">Findings</h2>"))
        let sideBySide = try XCTUnwrap(page.range(of: "<h2 id=\"side\">Side by side</h2>"))
        XCTAssertLessThan(findings.lowerBound, sideBySide.lowerBound)
        XCTAssertTrue(page.contains("The translation gives “<bdi>https://acme.io/de/privacy/contact-us</bdi>” where the original gives “<bdi>https://acme.io/privacy/contact</bdi>”"))
        XCTAssertTrue(page.contains("<span class=\"sev error\">error</span>"))
    }

    func testFingerprintsSurviveEditsThatMoveLines() throws {
        let spanish = """
        # Política de privacidad

        ## Contacto

        ¿Preguntas sobre esta política? Escriba a nuestro [equipo de privacidad](mailto:privado@acme.io) o use el [formulario de contacto](https://acme.io/privacy/contact).

        ## Conservación

        Conservamos los datos de la cuenta [mientras su cuenta esté abierta](https://acme.io/help/retention).
        """
        let first = try align(Self.englishMarkdown, "a.en.md", spanish, "a.es.md", language: "es").findings
        let edited = "<!-- revisado -->\n\n\n" + spanish
        let second = try align(Self.englishMarkdown, "b.en.md", edited, "b.es.md", language: "es").findings
        XCTAssertEqual(first.map(\.kind), [.factMismatch])
        XCTAssertEqual(first.map(\.fingerprint), second.map(\.fingerprint))
        XCTAssertEqual(second.first?.line, (first.first?.line ?? 0) + 3)
    }

    func testNamesAndAddressesKeptInEnglishAreNotUntranslated() throws {
        let english = """
        Single Sign-On

        You can sign in with Single Sign-On from your company. Our postal address is Acme B.V., Vijzelstraat 68-72, 1017 HL Amsterdam.
        """
        let malay = """
        Single Sign-On

        Anda boleh log masuk dengan Single Sign-On daripada syarikat anda. Alamat pos kami ialah Acme B.V., Vijzelstraat 68-72, 1017 HL Amsterdam.
        """
        let alignment = try align(english, "sso.en.txt", malay, "sso.ms.txt", language: "ms")
        XCTAssertEqual(alignment.findings.filter { $0.kind == .untranslated }.map(\.message), [])
    }

    func testOneDifferenceInSeveralTranslationsIsOneParityFinding() throws {
        let english = "Privacy Policy\n\nLast updated: 2024-06-30.\n\nWe keep your data for 7 years.\n"
        let files = [
            ("p.en.txt", english),
            ("p.ms.txt", "Dasar Privasi\n\nKemas kini terakhir: 2023-01-15.\n\nKami menyimpan data anda selama 7 tahun.\n"),
            ("p.id.txt", "Kebijakan Privasi\n\nTerakhir diperbarui: 2023-01-15.\n\nKami menyimpan data Anda selama 7 tahun.\n"),
            ("p.de.txt", "Datenschutzerklärung\n\nZuletzt aktualisiert: 2023-01-15.\n\nWir speichern Ihre Daten 7 Jahre lang.\n"),
        ].map { Fixtures.temporaryFile($0.0, Array($0.1.utf8)) }
        let report = try ParityChecker(lexicons: Fixtures.lexicons, workers: 1)
            .check(files: files, languages: ["en", "ms", "id", "de"])
        let dates = report.findings.filter { $0.kind == .factMismatch }
        XCTAssertEqual(dates.count, 1, "\(report.findings.map(\.message))")
        XCTAssertEqual(dates.first?.languages, ["ms", "id", "de"])
        XCTAssertTrue(dates.first?.message.hasPrefix("3 translations: The translation gives “2023-01-15” where the original gives “2024-06-30”") ?? false,
                      dates.first?.message ?? "")
    }

    func testASpanMostTranslationsKeepIsANameByConvention() {
        func clause(_ text: String, _ file: String) -> Finding {
            Finding(kind: .untranslated, severity: .warning, file: file, line: 3, sourceFile: nil, sourceLine: nil, label: "sharing",
                    message: "Still in English: “\(text)”", evidence: text, fingerprintParts: [text])
        }
        let name = "Privacy Shield Framework"
        let sentence = "We may share your data with our partners for analytics."
        let perTranslation = [("ms", [clause(name, "ms.md"), clause(sentence, "ms.md")]),
                              ("id", [clause(name, "id.md"), clause(sentence, "id.md")]),
                              ("de", [clause(name, "de.md")])]
        let kept = ParityReport.withoutConventionalNames(perTranslation)
        XCTAssertEqual(kept.map { $0.findings.compactMap(\.evidence) }, [[sentence], [sentence], []])
        let aggregated = ParityReport.aggregate(kept)
        XCTAssertEqual(aggregated.count, 1)
        XCTAssertEqual(aggregated.first?.languages, ["ms", "id"])
    }
}
