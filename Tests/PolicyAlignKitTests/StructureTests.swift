import XCTest
@testable import PolicyAlignKit

/// The structural rules of section labelling, each on a real published policy of the
/// labelled corpus's train and dev splits (Tests/Fixtures/labels, see its README).
final class StructureTests: XCTestCase {
    private func sections(_ relative: String, language: String? = nil) throws -> [Section] {
        let path = Fixtures.path("Tests/Fixtures/" + relative)
        let analyzer = Fixtures.analyzer()
        return try analyzer.analyze(path: path, language: language ?? analyzer.declaredLanguage(ofFile: path)).sections
    }

    private func section(_ sections: [Section], at line: Int, file: StaticString = #filePath, lineNumber: UInt = #line) throws -> Section {
        try XCTUnwrap(sections.first { $0.startLine == line }, "no section starts at line \(line)", file: file, line: lineNumber)
    }

    /// FastGPT's policy: its title lives in the front matter, a date line follows, and its
    /// sections are bold lines. The title heads the opening; the date line is no heading, in
    /// English or in Chinese ("最后更新时间：2024年3月3日").
    func testFrontMatterTitleAndDateLines() throws {
        for language in ["en", "zh-Hans"] {
            let found = try sections("labels/train/fastgpt-privacy-policy/\(language).md")
            let opening = try section(found, at: 2)
            XCTAssertEqual(opening.label, "intro", language)
            XCTAssertTrue(opening.isOpening, language)
            XCTAssertNil(found.first { $0.startLine == 6 }, "\(language): the date line is a heading")
            XCTAssertEqual(try section(found, at: 10).label, "collection", language)
        }
        // A text that opens with a title of its own keeps it: Air360's front matter says
        // "Politique de Confidentialité Air360", its first line "# Politique de Confidentialité".
        let air360 = try sections("labels/train/air360-privacy-policy/fr.md")
        XCTAssertEqual(air360.first?.startLine, 6)
        XCTAssertEqual(try section(air360, at: 6).label, "intro")
    }

    /// Markdown subheadings as policies publish them: a short line bold from end to end
    /// under `##`/`###` headings (Automattic's `***Right to Opt Out***`, FastGPT's Chinese
    /// `**我们如何使用收集的信息？**`), and ATX headings written without the space that
    /// kramdown sites render anyway (DFX's `#####Facebook`, RTranslator's `####Dati ...`).
    /// A bold sentence is no heading.
    func testBoldLinesAndSpacelessATXHeadingsAreSubheadings() throws {
        let automattic = try sections("labels/train/automattic-privacy-policy/en.md")
        let optOut = try section(automattic, at: 217)
        XCTAssertEqual(optOut.heading, "Right to Opt Out")
        XCTAssertEqual(optOut.level, 3)
        XCTAssertEqual(optOut.label, "choices")
        XCTAssertEqual(try section(automattic, at: 231).label, "advertising")
        XCTAssertEqual(try section(sections("labels/train/fastgpt-privacy-policy/zh-Hans.md"), at: 16).label, "use")
        // DfE Sign-in's `##\u{00A0}How long we keep your data`: a no-break space after the hashes.
        XCTAssertEqual(try section(sections("labels/train/dfe-sign-in-privacy-notice/en.md"), at: 40).label, "retention")
        let facebook = try section(sections("labels/train/dfx-swiss-privacy-policy/fr.md"), at: 268)
        XCTAssertEqual(facebook.heading, "Facebook")
        XCTAssertEqual(try section(sections("labels/train/rtranslator-privacy-policy/it.md"), at: 24).heading,
                       "Dati forniti volontariamente dall'Utente")

        XCTAssertEqual(MarkdownReader.boldLine("**Information you give us:**"), "Information you give us:")
        XCTAssertEqual(MarkdownReader.boldLine("__Cookies__："), "Cookies")
        XCTAssertNil(MarkdownReader.boldLine("**We never sell your data.**"))
        XCTAssertNil(MarkdownReader.boldLine("**Important:** read this"))
        XCTAssertNil(MarkdownReader.boldLine("** **"))
        XCTAssertNil(MarkdownReader.boldLine("**dpo@example.org**"))
        XCTAssertNil(MarkdownReader.boldLine("**https://example.org/privacy**"))
        XCTAssertNil(MarkdownReader.boldLine("**+33 1 23 45 67 89**"))
    }

    /// A paragraph opening with a bold phrase closed by a colon or a full stop is a run-in
    /// subheading (Hack Club's "**User-provided Information:** When you register ...",
    /// Brr's "**Data Controller:** ..."); a bold label with a short number ("**Last
    /// updated:** 27 January 2026") is a date line, not a section.
    func testBoldLeadInsAreRunInSubheadings() throws {
        let hackClub = try sections("labels/train/hackclub-privacy-notice/en.md")
        XCTAssertEqual(try section(hackClub, at: 32).heading, "User‑provided Information")
        XCTAssertEqual(try section(hackClub, at: 32).label, "collection")
        XCTAssertEqual(try section(hackClub, at: 42).label, "use")
        XCTAssertEqual(try section(sections("labels/train/brr-app-privacy-policy/en.md"), at: 10).label, "contact")
        XCTAssertNil(try sections("labels/train/wp-solution-privacy-policy/th.md").first { $0.startLine == 17 },
                     "a date line is a run-in heading")

        XCTAssertEqual(MarkdownReader.boldLeadIn("**Cookies.** We use cookies to remember you.")?.lead, "Cookies")
        XCTAssertEqual(MarkdownReader.boldLeadIn("**IP address** : we keep it for a week.")?.lead, "IP address")
        XCTAssertNil(MarkdownReader.boldLeadIn("**Last updated:** 27 January 2026"))
        XCTAssertNil(MarkdownReader.boldLeadIn("**Please read this policy carefully** before using the service."))
        XCTAssertNil(MarkdownReader.boldLeadIn("**Important:**"))
        // A numeral inside a word (三 in 第三方, "third party") is no number, and a long
        // value in a script without spaces is no date line (Bobobru's Chinese notice).
        let bobobru = try sections("labels/dev/bobobru-ai-hairstyle-privacy-policy/zh-Hans.md")
        XCTAssertEqual(try section(bobobru, at: 119).heading, "跨境传输与境外接收方保障")
        XCTAssertEqual(try section(bobobru, at: 119).label, "international")
        XCTAssertEqual(MarkdownReader.boldLeadIn("**跨境传输**：本应用所集成的第三方服务可能部署在不同司法辖区。")?.lead, "跨境传输")
        XCTAssertNil(MarkdownReader.boldLeadIn("**生效日期**：2025年1月1日"))
    }

    /// "How We Use Collected Information" names use and collection: its head (first in
    /// English) decides.
    /// A legal formality is no privacy topic, whatever its text mentions: Ouisync's "Terms
    /// of use", Thunhap's "Governing Law", GitHub's "License" and "Translations" with the
    /// languages under it (its Russian statement keeps "Translations" in English).
    func testBoilerplateHeadingsAreOther() throws {
        let ouisync = try sections("labels/train/ouisync-privacy-notice/en.md")
        XCTAssertEqual(try section(ouisync, at: 7).label, "other")
        XCTAssertEqual(try section(ouisync, at: 7).evidence, ["boilerplate heading"])
        let thunhap = try sections("labels/train/thunhap-online-privacy-policy/en.md")
        XCTAssertEqual(try section(thunhap, at: 40).label, "other")
        XCTAssertEqual(try section(try sections("real/dev/github-privacy-statement/en.md"), at: 326).label, "other")
        for language in ["en", "ru"] {
            let github = try sections("real/dev/github-privacy-statement/\(language).md")
            for line in [333, 337, 340] { XCTAssertEqual(try section(github, at: line).label, "other", "\(language) line \(line)") }
            // A heading that names a topic is read as one, boilerplate words or not.
            XCTAssertEqual(try section(github, at: 330).label, "contact", language)
        }
    }

    /// Paragraphs state one practice: a list item opening with a purpose is a use, whatever
    /// data it names; under a region's heading, a right is a right (Dynacraft's policy, the
    /// paragraph dev split).
    func testParagraphsOpeningWithAPurposeOrUnderARegion() throws {
        let classifier = try XCTUnwrap(Fixtures.analyzer().classifier(for: "en"))
        XCTAssertEqual(classifier.classify(paragraph: "to personalize the Site according to your preferences based on the aggregated information we collect;",
                                           under: "Information We Collect and How We Use It").label, "use")
        XCTAssertEqual(classifier.classify(paragraph: "You have the right to request that we delete the personal information we hold about you, subject to exceptions.",
                                           under: "Your California Privacy Rights").label, "rights")
    }

    func testTheHeadOfATwoTopicHeadingDecides() throws {
        let found = try sections("labels/train/fastgpt-privacy-policy/en.md")
        XCTAssertEqual(try section(found, at: 16).label, "use")
    }

    /// Ouisync's notice in four translations: a title with no text is the opening whatever it
    /// says ("Правила пользования и политика безопасности данных Ouisync" names security),
    /// and the opening runs on to "1. Overview", which names no topic.
    func testOpeningRunsPastAnEmptyTitle() throws {
        for language in ["es", "ru", "uk", "en"] {
            let found = try sections("labels/train/ouisync-privacy-notice/\(language).md")
            XCTAssertEqual(try section(found, at: 1).label, "intro", language)
            let overview = try section(found, at: 3)
            XCTAssertEqual(overview.label, "intro", language)
            XCTAssertTrue(overview.isOpening, language)
        }
    }

    /// Cryptomator's "2. General Information on Data Processing" and "6. Use in the Course of
    /// Online Orders (E-Commerce)" hold no text: their subsections say what they are about.
    func testEmptyParentsReadTheirSubsections() throws {
        let found = try sections("labels/train/cryptomator-privacy-policy/en.md")
        XCTAssertTrue(["collection", "legal-basis"].contains(try section(found, at: 41).label))
        XCTAssertEqual(try section(found, at: 173).label, "collection")
        // A subsection with no evidence of its own does not take the label its parent got
        // from the subsections: "License" under "Other important information" in GitHub's
        // statement stays other.
        let github = try sections("real/dev/github-privacy-statement/en.md")
        XCTAssertEqual(try section(github, at: 326).label, Taxonomy.other)
    }

    /// A heading that names the document and nothing more opens the policy, even with a
    /// generic word inside the title ("privacidad" in GitHub's Spanish "Declaración de
    /// privacidad de GitHub"); a title word inside a longer heading does not make it one
    /// (Cryptomator's "2. Allgemeines zur Datenverarbeitung" is about processing).
    func testHeadingsNamingOnlyTheDocument() throws {
        for language in ["es", "pt-BR", "de"] {
            let github = try sections("real/dev/github-privacy-statement/\(language).md")
            XCTAssertEqual(try section(github, at: 51).label, "intro", language)
        }
        let cryptomator = try sections("labels/train/cryptomator-privacy-policy/de.md")
        XCTAssertNotEqual(try section(cryptomator, at: 40).label, "intro")
    }

    /// A subsection whose heading names no topic reads its parent's: Cherry Studio's "(1)
    /// Basic Operational Information" under the information it collects is collection (its
    /// text lists versions and updates), in English and in Chinese.
    func testSubsectionsWithoutATopicReadTheirParent() throws {
        XCTAssertEqual(try section(try sections("labels/train/cherry-studio-privacy-policy/en.html"), at: 185).label, "collection")
        XCTAssertEqual(try section(try sections("labels/train/cherry-studio-privacy-policy/zh-Hans.html"), at: 180).label, "collection")
    }

    /// A heading the document's own lexicon reads is the document's, even when its words
    /// are English words too: Portuguese "Base legal" is a legal-basis heading, not an
    /// English heading with no cue.
    func testAHeadingTheDocumentsLexiconReadsStaysTheDocuments() throws {
        let text = """
        # Política de privacidade

        Esta política explica como tratamos os seus dados pessoais quando utiliza o nosso serviço e os seus direitos.

        ## Base legal

        Tratamos os seus dados pessoais com base no seu consentimento e no nosso interesse legítimo, nos termos do artigo 6 do RGPD, para prestar o serviço.
        """
        let analyzer = Fixtures.analyzer()
        let document = try DocumentReader().read(bytes: Array(text.utf8), file: "policy.pt.md")
        let found = try analyzer.analyze(document, language: "pt").sections
        let heading = try section(found, at: 5)
        XCTAssertEqual(heading.label, "legal-basis")
        XCTAssertTrue(heading.evidence.contains { $0.contains("base legal") }, "\(heading.evidence)")
    }

    /// A section of a translation whose text is mostly left in the source language (a list
    /// of links under SyncWatcher's Korean "14. 연락처", contact) is read in that language, but
    /// its heading keeps its reading in the document's own.
    func testASectionLeftInTheSourceLanguageKeepsItsHeadingsReading() throws {
        let korean = try sections("labels/train/syncwatcher-privacy-policy/ko.md")
        XCTAssertEqual(try section(korean, at: 166).label, "contact")
    }

    /// A file holding an original and its English version (Planpal's Korean articles, then
    /// the English text) may be detected as English: its Korean sections, in another script,
    /// are still read with the Korean lexicon.
    func testSectionsInAnotherScriptOfAnEnglishDocumentAreReadInTheirLanguage() throws {
        let path = Fixtures.path("Tests/Fixtures/labels/train/planpal-privacy-policy/ko.md")
        let analyzed = try Fixtures.analyzer().analyze(path: path, language: nil)
        XCTAssertEqual(analyzed.language, "en")
        XCTAssertEqual(try section(analyzed.sections, at: 14).label, "use")
        XCTAssertEqual(try section(analyzed.sections, at: 51).label, "retention")
    }

    /// A false friend silences the cue it holds in a real policy: Salah Bar's "What goes
    /// over the internet" names the servers the app calls for updates ("check for updates"
    /// holds the changes cue `updat*`): an outside service, not a policy change.
    func testFalseFriendsInARealPolicy() throws {
        let salahBar = try sections("labels/dev/salah-bar-privacy-policy/en.md")
        let internet = try section(salahBar, at: 25)
        XCTAssertEqual(internet.label, "third-party-sites")
        XCTAssertFalse(internet.evidence.contains { $0.hasPrefix("updat") }, "\(internet.evidence)")
    }

    /// arXiv sets its subsections as bold labels followed by a dash ("**Service providers** –
    /// Provide the following services ..."): run-in sections, as with a colon. A bold label
    /// in a list item stays part of its list.
    func testBoldLabelsFollowedByADashAreRunInSections() throws {
        let arxiv = try sections("labels/dev/arxiv-privacy-policy/en.md")
        let providers = try section(arxiv, at: 82)
        XCTAssertEqual(providers.heading, "Service providers")
        XCTAssertEqual(providers.label, "sharing")
        XCTAssertEqual(try section(arxiv, at: 114).heading, "Fundraising emails")
        XCTAssertNil(arxiv.first { $0.startLine == 46 }, "a list item's bold lead-in is no section")
    }

    /// 3Rych's policy, converted from a word processor, numbers its sections as Markdown list
    /// items whose text is bold ("1. **WHAT PERSONAL DATA DOES 3RYCH COLLECT ?**"): numbered
    /// headings, in English and Malay alike. Bold items of a tight list (Planpal's four kinds
    /// of request, one a line) stay items.
    func testNumberedBoldItemsAreHeadingsOutsideTightLists() throws {
        let english = try sections("labels/dev/rych-privacy-policy/en.md")
        XCTAssertEqual(try section(english, at: 21).heading, "1. WHAT PERSONAL DATA DOES 3RYCH COLLECT ?")
        XCTAssertEqual(try section(english, at: 21).label, "collection")
        XCTAssertEqual(try section(english, at: 139).label, "retention")
        let malay = try sections("labels/dev/rych-privacy-policy/ms.md")
        XCTAssertGreaterThanOrEqual(malay.count, 19)
        let planpal = try sections("labels/train/planpal-privacy-policy/ko.md")
        XCTAssertNil(planpal.first { (85...88).contains($0.startLine) })
    }

    /// JoinUs4Health's statement ends with the GDPR's definitions, one bold term a
    /// subsection under "Begriffsdefinitionen" / "Terms": each is a definition, though the
    /// terms name topics ("Einwilligung", "Empfänger", "Profiling"). 3Rych's Malay sections,
    /// numbered and nested under its definitions heading, keep their own topics.
    func testTermsUnderADefinitionsHeadingAreDefinitions() throws {
        for (language, lines) in [("de", [417, 425, 446, 456, 460]), ("en", [417, 425, 456, 460])] {
            let policy = try sections("labels/dev/joinus4health-privacy-statement/\(language).md")
            for line in lines { XCTAssertEqual(try section(policy, at: line).label, "definitions", "\(language):\(line)") }
            XCTAssertEqual(try section(policy, at: 464).label, "legal-basis", "the next section is no term")
        }
        let malay = try sections("labels/dev/rych-privacy-policy/ms.md")
        XCTAssertEqual(try section(malay, at: 148).label, "retention")
        // Quarteera's terms are lettered under the numbered "1. Begriffsbestimmungen": a
        // numbering below the parent's is a term's; "2." after them is a section again.
        let quarteera = try sections("labels/dev/quarteera-privacy-policy/de.md")
        for line in [26, 29, 32, 41, 44, 50] { XCTAssertEqual(try section(quarteera, at: line).label, "definitions", "de:\(line)") }
        XCTAssertEqual(try section(quarteera, at: 53).label, "contact")
    }

    /// Generated GDPR notices end each processing with fields ("Verarbeitete Datenarten: ...",
    /// "Rechtsgrundlagen: Vertragserfüllung (Art. 6 Abs. 1 S. 1 lit. b) DSGVO)"): the legal
    /// basis field counts once, and its citations do not make the processing a legal-basis
    /// section. A section about the legal bases stays legal-basis.
    func testALegalBasisFieldDoesNotMakeALegalBasisSection() throws {
        let impromat = try sections("labels/dev/impromat-privacy-policy/de.md")
        XCTAssertNotEqual(try section(impromat, at: 147).label, "legal-basis")
        let peakScale = try sections("labels/dev/peak-scale-privacy-policy/de.md")
        XCTAssertEqual(try section(peakScale, at: 32).label, "legal-basis")
        // The English version closes each item with its legal basis after a semicolon, and
        // sets its field lists under a bold label with a stray stop (`**Further notes ...:**.`).
        let impromatEnglish = try sections("labels/dev/impromat-privacy-policy/en.md")
        XCTAssertNotNil(impromatEnglish.first { $0.startLine == 139 && $0.heading?.hasPrefix("Further notes") == true })
        XCTAssertNotEqual(try section(impromatEnglish, at: 196).label, "legal-basis")
        XCTAssertEqual(SectionClassifier.fieldLabel(of: "Rechtsgrundlagen: Berechtigte Interessen (Art. 6 DSGVO)."), "Rechtsgrundlagen")
        XCTAssertEqual(SectionClassifier.fieldLabel(of: "Legal basis：contract"), "Legal basis")
        XCTAssertNil(SectionClassifier.fieldLabel(of: "We rely on the following: consent and contract."))
        XCTAssertNil(SectionClassifier.fieldLabel(of: "See https://example.org for details"))
        XCTAssertNil(SectionClassifier.fieldLabel(of: "Art. 6: lawfulness"))
    }

    /// Lolly's policy (26 languages) opens with a run-in inside a quote (`> **The short
    /// version.** ...`), heads lists with a bold word and a stop (`**Data.**`, `**データ。**`),
    /// and closes run-ins with the stop of each script (。, the Devanagari danda, the Urdu
    /// full stop): each is a section. A bold sentence standing alone stays text.
    func testRunInsInQuotesAndStopsOfEveryScript() throws {
        let english = try sections("labels/dev/lolly-privacy-policy/en.md")
        XCTAssertEqual(try section(english, at: 5).heading, "The short version")
        XCTAssertEqual(try section(english, at: 5).label, "intro")
        XCTAssertEqual(try section(english, at: 251).heading, "Data.")
        let japanese = try sections("labels/dev/lolly-privacy-policy/ja.md", language: "ja")
        XCTAssertEqual(try section(japanese, at: 110).heading, "データ。")
        let hindi = try sections("labels/dev/lolly-privacy-policy/hi.md", language: "hi")
        XCTAssertEqual(try section(hindi, at: 305).heading, "प्राप्तकर्ता")
        let urdu = try sections("labels/dev/lolly-privacy-policy/ur.md", language: "ur")
        XCTAssertEqual(try section(urdu, at: 305).heading, "EEA سے باہر منتقلی")
        XCTAssertFalse(BoldSubheading.isSubheading("We never sell your data."))
        XCTAssertTrue(BoldSubheading.isSubheading("Permissions."))
    }

    /// Forem's policy heads its vendor paragraphs with a bold name and a line break
    /// (`<p><strong>Data Storage</strong><br>...`): a run-in, as a bold name with a colon
    /// would be. A bold sentence before a line break stays text. Peach sets its headings in
    /// list items (`1. #### Publically available information`): Markdown renders them as
    /// headings, and they are sections.
    func testBoldLabelsOnTheirOwnLineAndHeadingsInListItems() throws {
        let forem = try sections("labels/dev/forem-privacy-policy/en.html")
        XCTAssertEqual(try section(forem, at: 67).heading, "Data Storage")
        XCTAssertEqual(try section(forem, at: 151).heading, "Questions")
        XCTAssertNil(BoldSubheading.runIn(bold: "We never sell your personal data to anyone", after: "\n text", endsLine: true))
        let peach = try sections("labels/dev/peach-bitcoin-privacy-policy/en.md")
        XCTAssertEqual(try section(peach, at: 93).heading, "1. Publically available information")
        XCTAssertEqual(try section(peach, at: 185).heading, "Service providers")
    }

    /// Power Embedded sets its lowest subheadings as numbered lines in italics
    /// (`_1.4.1 O que são cookies?_`): headings. Italics without a number stay text.
    func testNumberedItalicLinesAreSubheadings() throws {
        let power = try sections("labels/dev/power-embedded-privacy-policy/pt-BR.md", language: "pt-BR")
        XCTAssertEqual(try section(power, at: 77).heading, "1.4.1 O que são cookies?")
        XCTAssertEqual(try section(power, at: 91).label, "cookies")
        XCTAssertNil(MarkdownReader.numberedItalicLine("_Last updated: 1 March 2026_"))
        XCTAssertNil(MarkdownReader.numberedItalicLine("**1. Bold**"))
        // IO's notice ends its bold labels with an HTML line break, the text on the next line.
        let io = try sections("labels/dev/io-app-privacy-notice/it.md", language: "it")
        XCTAssertEqual(try section(io, at: 183).heading, "Quando registri un metodo di pagamento")
    }

    /// A heading that mentions a date in brackets is a heading, not a date line: Globol's
    /// "2. 特別な注意：サードパーティSDK - Adjust SDKについて（2024年8月1日統合）". A date line with its
    /// label ("最終更新日：2024年8月1日") stays no section.
    func testAHeadingWithADateInBracketsIsAHeading() throws {
        let globol = try sections("labels/dev/globol-privacy-policy/ja.md", language: "ja")
        XCTAssertEqual(try section(globol, at: 22).heading?.hasPrefix("2. 特別な注意"), true)
        XCTAssertTrue(DateLine.datesOnlyInBrackets("Cookies (updated March 2024)"))
        XCTAssertFalse(DateLine.datesOnlyInBrackets("Last updated: 1 March 2024 (version 2)"))
    }

    /// Abba's translations open their translation notice with an emoji before the bold label
    /// (`⚠️ **Уведомление о переводе**: ...`): a run-in all the same. Bikeable's pages are Vue
    /// components: the `<template>` around the page is its markup, not inert content.
    func testEmojiBeforeABoldLabelAndComponentTemplates() throws {
        let abba = try sections("labels/dev/abba-privacy-policy/ru.md", language: "ru")
        XCTAssertEqual(try section(abba, at: 124).heading, "Уведомление о переводе")
        XCTAssertEqual(MarkdownReader.withoutLeadingEmoji("🔒 **Security**"), "**Security**")
        XCTAssertEqual(MarkdownReader.withoutLeadingEmoji("✅ Done"), "✅ Done")
        let bikeable = try sections("labels/dev/bikeable-privacy-policy/en.md")
        XCTAssertEqual(try section(bikeable, at: 3).heading, "Privacy policy")
        let component = "<template>\n  <div>\n    <h1>Privacy</h1>\n    <p>We keep nothing.</p>\n  </div>\n</template>\n"
        XCTAssertEqual(try HTMLReader.page(of: component).blocks.first?.text, "Privacy")
        XCTAssertEqual(HTMLReader.unwrappingComponentTemplate(component).utf8.count, component.utf8.count)
        // Informini's help page asks its questions as definition terms (<dt>), each answered
        // in a <dd>: each question heads a section.
        let informini = try sections("labels/dev/informini-privacy-policy/fr.html", language: "fr")
        XCTAssertEqual(try section(informini, at: 9).heading?.hasPrefix("Qui peut voir mon adresse email?"), true)
        XCTAssertEqual(try section(informini, at: 9).label, "sharing")
    }

    /// A section is where to reach the company when it says how. GDPR notices head the
    /// processing of a person's message "Contact by e-mail" and give no
    /// address there: collection or use. A contact section with an address stays contact.
    func testContactSectionsSayHowToReachSomeone() throws {
        let joinUs = try sections("labels/dev/joinus4health-privacy-statement/en.md")
        XCTAssertNotEqual(try section(joinUs, at: 87).label, "contact")
        XCTAssertTrue(SectionClassifier.hasContactDetails("Write to privacy@acme.io"))
        XCTAssertTrue(SectionClassifier.hasContactDetails("Call +49 (0) 30 1234-5678."))
        XCTAssertFalse(SectionClassifier.hasContactDetails("We keep your e-mail for 6 months, since 2024."))
        let glance = try sections("labels/dev/glance-git-client-privacy-policy/en.md")
        XCTAssertEqual(try section(glance, at: 64).label, "contact")
    }

    /// AYMED's KVKK notice marks only its title area as headings (`<h4>`, `<h5>`) and heads
    /// its body with numbered lines in capitals ("1.    TANIMLAR"): those are its sections.
    func testNumberedLinesHeadTheBodyUnderAMarkedTitle() throws {
        let aymed = try sections("labels/dev/aymed-kvkk-notice/tr.md", language: "tr")
        XCTAssertEqual(try section(aymed, at: 21).label, "definitions")
        XCTAssertEqual(try section(aymed, at: 108).label, "sharing")
        XCTAssertEqual(aymed.filter { $0.heading.map { Numbering.parse(Substring($0))?.label.hasSuffix(".") == true } ?? false }.count, 8)
        // Its title area: `<h4>{{ page.title }}</h4>` is the front matter's title, and the
        // association's name in `<h5>` between it and the notice's name opens the policy too.
        XCTAssertEqual(try section(aymed, at: 8).heading, "KVKK Aydinlatma Metni")
        XCTAssertEqual(try section(aymed, at: 8).label, "intro")
        XCTAssertEqual(try section(aymed, at: 10).label, "intro")
    }

    /// GitHub's Russian statement keeps some headings in English over Russian text: they are
    /// read with the English lexicon ("The short version" and "Summary" open the policy
    /// there as in English, never use or collection).
    func testHeadingsLeftInEnglishAreReadInEnglish() throws {
        let english = try sections("real/dev/github-privacy-statement/en.md")
        let russian = try sections("real/dev/github-privacy-statement/ru.md")
        for line in [128, 237] {
            XCTAssertEqual(try section(russian, at: line).label, try section(english, at: line).label, "line \(line)")
        }
    }
}

/// Date lines in many languages are never headings; headings that merely hold a year are.
final class DateLineTests: XCTestCase {
    func testDateLines() {
        let cases: [(locale: String, line: String, isDate: Bool)] = [
            ("en", "Last updated: March 3, 2021", true),
            ("en", "Effective Date: 2020-12-19", true),
            ("ms", "Dikemaskini pada 3 Mac 2021", true),
            ("id", "Terakhir diperbarui: 17 Agustus 2023", true),
            ("th", "ปรับปรุงล่าสุด 1 มกราคม 2565", true),
            ("ja", "最終更新日：2021年5月18日", true),
            ("zh-Hans", "最后更新时间：2024年3月3日", true),
            ("de", "Stand: 15.01.2023", true),
            ("es", "Última actualización: 5 de mayo de 2022", true),
            ("en", "California Consumer Privacy Act of 2018", false),
            ("en", "2. Information We Collect", false),
            ("en", "Privacy Policy 2021", false),
            ("en", "Changes to this policy since May", false),
        ]
        for (locale, line, expected) in cases {
            XCTAssertEqual(DateLine(locale: locale).isDateLine(line), expected, "\(locale): \(line)")
        }
    }
}
