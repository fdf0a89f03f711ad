import XCTest
@testable import PolicyAlignKit

final class LexiconTests: XCTestCase {
    func testShippedLexiconsHaveNoProblems() throws {
        let set = try LexiconSet.read(directory: Fixtures.path("Lexicons"))
        XCTAssertEqual(set.diagnostics.map(\.description), [])
        XCTAssertEqual(set.taxonomy.ids.count, 20)
        // Every language gives a form of every heading concept (a gap found in one language
        // is closed in all), and every section has concepts of its own.
        XCTAssertGreaterThan(set.concepts.concepts.count, 100)
        let coverage = set.tags.flatMap { set.lexicon($0).map(set.concepts.coverageProblems) ?? [] }
        XCTAssertEqual(coverage.map(\.description), [])
        for id in set.taxonomy.ids {
            XCTAssertGreaterThanOrEqual(set.concepts.concepts.filter { $0.section == id && $0.kind == .heading }.count, 2, id)
        }
    }

    /// The lexicons compiled into the binary are the folder's, term for term.
    func testBuiltInLexiconsAreTheFolders() throws {
        let folder = try LexiconSet.read(directory: Fixtures.path("Lexicons"))
        let builtIn = LexiconSet.readBuiltIn(parsingAll: true)
        XCTAssertEqual(builtIn.diagnostics.map(\.description), [])
        // Parsed lazily, one language at a time, the same lexicons come out.
        let lazy = LexiconSet.builtIn
        for tag in folder.tags {
            XCTAssertEqual(lazy.lexicon(tag)!.sections.mapValues(\.count), folder.languages[tag]!.sections.mapValues(\.count), tag)
        }
        // The profile entries read when the binary was built are the parser's, word for word.
        let bundled = lazy.languageProfiles, parsed = LanguageProfiles(folder.languages)
        XCTAssertEqual(bundled.tags, parsed.tags)
        XCTAssertEqual(bundled.scriptOf, parsed.scriptOf)
        for script in Set(parsed.scriptOf) {
            func described(_ lookup: LanguageProfiles.Lookup) -> [String: String] {
                lookup.strippedWords.words.mapValues { "\($0.map { "\($0.0):\($0.1)" })" }
                    .merging(lookup.accentedWords.words.mapValues { "accented \($0.map { "\($0.0):\($0.1)" })" }) { $0 + $1 }
            }
            XCTAssertEqual(described(bundled.lookup(script: script)), described(parsed.lookup(script: script)), script)
        }
        XCTAssertEqual(builtIn.tags, folder.tags)
        XCTAssertEqual(builtIn.taxonomy.ids, folder.taxonomy.ids)
        XCTAssertEqual(builtIn.keptNames, folder.keptNames)
        XCTAssertEqual(builtIn.concepts.concepts, folder.concepts.concepts)
        XCTAssertEqual(builtIn.learned.multipliers, folder.learned.multipliers)
        for tag in folder.tags {
            XCTAssertEqual(builtIn.languages[tag]!.sections.mapValues(\.count), folder.languages[tag]!.sections.mapValues(\.count), tag)
            XCTAssertEqual(builtIn.languages[tag]!.profile.map(\.word), folder.languages[tag]!.profile.map(\.word), tag)
            XCTAssertEqual(builtIn.languages[tag]!.sections.mapValues { $0.map(\.concept) }, folder.languages[tag]!.sections.mapValues { $0.map(\.concept) }, tag)
        }
    }

    func testEveryLanguageLoadsAndCoversEverySection() throws {
        let set = Fixtures.lexicons
        for tag in set.tags {
            let compiled = try XCTUnwrap(set.compiled(tag), tag)
            let sections = Set(compiled.entries.map(\.section))
            XCTAssertEqual(sections.count, set.taxonomy.entries.count, tag)
            XCTAssertFalse(set.languages[tag]!.profile.isEmpty, tag)
        }
    }

    func testRegionalTagsFallBackWithinTheLanguage() {
        let set = Fixtures.lexicons
        XCTAssertEqual(set.resolve("ms-MY"), "ms")
        XCTAssertEqual(set.resolve("EN_us"), "en")
        if set.languages["zh-Hans"] != nil { XCTAssertEqual(set.resolve("zh-CN"), "zh-Hans") }
        if set.languages["zh-Hant"] != nil { XCTAssertEqual(set.resolve("zh-TW"), "zh-Hant") }
        if set.languages["pt"] != nil { XCTAssertEqual(set.resolve("pt-BR"), "pt") }
        if set.languages["nb"] != nil { XCTAssertEqual(set.resolve("no"), "nb") }
        XCTAssertEqual(set.resolve("tl"), "fil")
        XCTAssertEqual(set.resolve("tl-PH"), "fil")
        XCTAssertNil(set.resolve("xx"))
        XCTAssertNil(set.resolve("zz-MY"))
    }

    /// A broken lexicon directory: each problem reported with file and line.
    func testBrokenLexiconsNameFileAndLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("broken-lexicons-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("Lexicons/taxonomy.txt"), toPath: directory.appendingPathComponent("taxonomy.txt").path)
        var broken = try String(contentsOfFile: Fixtures.path("Lexicons/en.lex"), encoding: .utf8)
        broken = "\u{FEFF}" + broken.replacingOccurrences(of: "\n", with: "\r\n")
        broken += "\r\n[colection]\r\nbody: gather\r\n"        // unknown id
        broken += "[retention]\r\nbody:\tkeepalive*\r\nbody: KEEPALIVE*\r\n"  // duplicate after folding (and a block repeated)
        broken += "heading: keep weight=9\r\n"                 // weight out of range
        broken += "headline: keep\r\n"                          // unknown kind
        try broken.write(to: directory.appendingPathComponent("en.lex"), atomically: true, encoding: .utf8)
        try Data([0x40, 0x6C, 0x61, 0x6E, 0x67, 0x75, 0x61, 0x67, 0x65, 0x20, 0x78, 0x78, 0x0A, 0xFF, 0xFE, 0x0A])
            .write(to: directory.appendingPathComponent("xx.lex"))

        let set = try LexiconSet.read(directory: directory.path)
        let messages = set.diagnostics.map { "\(($0.file as NSString).lastPathComponent):\($0.line): \($0.message)" }
        let lineCount = broken.components(separatedBy: "\r\n").count
        XCTAssertTrue(messages.contains("en.lex:\(lineCount - 7): unknown section id `colection` (not in taxonomy.txt)"), "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("en.lex:\(lineCount - 5): block [retention] appears twice") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("en.lex:\(lineCount - 3): duplicate body entry `KEEPALIVE*`") }, "\(messages)")
        XCTAssertTrue(messages.contains("en.lex:\(lineCount - 2): weight 9 is outside 0.1 to 5"), "\(messages)")
        XCTAssertTrue(messages.contains("en.lex:\(lineCount - 1): unknown entry kind `headline` (expected heading or body)"), "\(messages)")
        XCTAssertTrue(messages.contains("xx.lex:2: not valid UTF-8"), "\(messages)")
        XCTAssertThrowsError(try LexiconSet.load(directory: directory.path)) { error in
            XCTAssertEqual((error as? PolicyError)?.kind, .badData)
        }
    }

    func testMissingSectionAndEmptyBlock() {
        let taxonomy = Fixtures.lexicons.taxonomy
        let text = "@language qq\n[profile]\nfoo\n[intro]\n[use]\nbody: use\n"
        let (_, problems) = LexiconParser.parse(text, tag: "qq", file: "qq.lex", taxonomy: taxonomy)
        let messages = problems.map(\.description)
        XCTAssertTrue(messages.contains("qq.lex:4: section [intro] has no entries"), "\(messages)")
        XCTAssertTrue(messages.contains("qq.lex:5: section [use] has no heading: entry"), "\(messages)")
        XCTAssertTrue(messages.contains("qq.lex:1: section [collection] is missing"), "\(messages)")
    }

    func testBoilerplateHeadingsAreReadWholeAndOnce() {
        let taxonomy = Fixtures.lexicons.taxonomy
        let text = "@language qq\n[boilerplate]\nGoverning Law\ngoverning  law\nconcept\ntranslations concept=x\n"
        let (lexicon, problems) = LexiconParser.parse(text, tag: "qq", file: "qq.lex", taxonomy: taxonomy)
        let messages = problems.map(\.description)
        XCTAssertEqual(lexicon.boilerplate, ["Governing Law", "concept"])
        XCTAssertTrue(messages.contains("qq.lex:4: duplicate boilerplate heading `governing  law` (first at line 3)"), "\(messages)")
        XCTAssertTrue(messages.contains("qq.lex:6: concept= belongs to heading: and body: entries only"), "\(messages)")
    }

    /// A false friend silences the cues it holds ("store*" inside "App Store", "updat*" inside
    /// "check for updates") and counts for nothing itself; cues elsewhere still count.
    func testFalseFriendsSilenceTheCuesTheyHold() throws {
        let taxonomy = Fixtures.lexicons.taxonomy
        let text = "@language en\n[retention]\nheading: retention\nbody: store*\n[false-friends]\nApp Store\napp  store\n"
        let (lexicon, problems) = LexiconParser.parse(text, tag: "en", file: "qq.lex", taxonomy: taxonomy)
        XCTAssertEqual(lexicon.falseFriends, ["App Store"])
        XCTAssertTrue(problems.map(\.description).contains("qq.lex:7: duplicate false friend `app  store` (first at line 6)"))
        let compiled = CompiledLexicon(lexicon, taxonomy: taxonomy)
        let retention = try XCTUnwrap(taxonomy.position(of: "retention"))
        func sections(_ words: [String]) -> [Int] { compiled.hits(in: words).map { compiled.entries[$0.entry].section } }
        XCTAssertEqual(sections(["we", "store", "your", "data"]), [retention])
        XCTAssertEqual(sections(["buy", "it", "in", "the", "app", "store"]), [])
        XCTAssertEqual(sections(["the", "app", "store", "stores", "receipts"]), [retention])
    }

    /// One concept inventory for all languages: a language that gives no heading cue for a
    /// heading concept fails the check at the section's block; a concept= naming an unknown
    /// concept, another section's concept or the wrong entry kind is an error on its line;
    /// an entry without weight= takes its concept's weight.
    func testConceptsAreCheckedInEveryLanguage() throws {
        let taxonomy = Fixtures.lexicons.taxonomy
        let inventory = """
        # id | section | kind | weight | gloss
        what-we-collect | collection | heading | 1 | heading "Information we collect"
        how-we-use | use | heading | 1 | heading "How we use information"
        we-collect | collection | body | 2.5 | "we collect"
        to-provide | use | purpose | 1.5 | purpose phrase "to provide"
        """
        let (concepts, inventoryProblems) = ConceptInventory.parse(inventory, file: "concepts.txt", taxonomy: taxonomy)
        XCTAssertEqual(inventoryProblems.map(\.description), [])
        let text = """
        @language qq
        [profile]
        foo
        [collection]
        heading: info collected concept=what-we-collect
        body: collected concept=we-collect
        body: gathered weight=1 concept=we-collect
        body: kept concept=no-such-concept
        [use]
        body: use concept=how-we-use
        heading: usage concept=to-provide
        body: to give concept=to-provide
        body: info collected concept=what-we-collect
        """
        let (lexicon, problems) = LexiconParser.parse(text, tag: "qq", file: "qq.lex", taxonomy: taxonomy, concepts: concepts)
        let messages = problems.map(\.description)
        XCTAssertTrue(messages.contains("qq.lex:8: unknown concept `no-such-concept` (not in concepts.txt)"), "\(messages)")
        XCTAssertTrue(messages.contains("qq.lex:10: concept `how-we-use` is a heading concept: write it as `heading:`"), "\(messages)")
        XCTAssertTrue(messages.contains("qq.lex:11: concept `to-provide` is a purpose concept: write it as `body:`"), "\(messages)")
        XCTAssertTrue(messages.contains("qq.lex:13: concept `what-we-collect` belongs to [collection], not [use]"), "\(messages)")
        XCTAssertEqual(concepts.coverageProblems(in: lexicon).map(\.description),
                       ["qq.lex:9: [use] has no heading: entry for concept `how-we-use` (heading \"How we use information\")"])
        let collection = lexicon.sections["collection"] ?? []
        XCTAssertEqual(collection.map(\.weight), [1, 2.5, 1])
        XCTAssertEqual(collection.map(\.concept), ["what-we-collect", "we-collect", "we-collect"])
        XCTAssertEqual(lexicon.sections["use"]?.first { $0.text == "to give" }?.role, .purpose)

        let (_, badInventory) = ConceptInventory.parse("x | collection | heading | 1 | a\nx | use | cue | 9 | b\nY | intro | body | 1 |\n",
                                                       file: "concepts.txt", taxonomy: taxonomy)
        XCTAssertEqual(badInventory.map(\.description), [
            "concepts.txt:2: concept `x` is listed twice (first at line 1)",
            "concepts.txt:3: concept id `Y` must be lowercase kebab-case",
        ])
    }

    func testMalayAffixesReachTheRoot() throws {
        let compiled = try XCTUnwrap(Fixtures.lexicons.compiled("ms"))
        XCTAssertTrue(compiled.forms(of: "mengumpulkan").contains("kumpul"))
        XCTAssertTrue(compiled.forms(of: "pengumpulan").contains("kumpul"))
        XCTAssertTrue(compiled.forms(of: "dikumpulkan").contains("kumpul"))
        XCTAssertTrue(compiled.forms(of: "menyimpan").contains("simpan"))
        // A word the lexicon lists as an entry of its own is not stripped further.
        XCTAssertEqual(compiled.forms(of: "pengguna"), ["pengguna"])
    }

    func testPhrasesAcrossDictionaryWords() throws {
        guard let compiled = Fixtures.lexicons.compiled("zh-Hans") else { throw XCTSkip("no zh-Hans lexicon") }
        let tokenizer = try Tokenizer(locale: "zh-Hans")
        let hits = compiled.hits(in: tokenizer.words("我们如何收集您的个人信息", foldAccents: false))
        XCTAssertFalse(hits.isEmpty)
    }

    /// Regression: an empty lexicon file (Fuzz/crashes/FuzzLexicon, a leak in reading it)
    /// is reported as missing every section, and reading it leaks nothing.
    func testEmptyLexiconFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("empty-lexicon-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("Lexicons/taxonomy.txt"), toPath: directory.appendingPathComponent("taxonomy.txt").path)
        FileManager.default.createFile(atPath: directory.appendingPathComponent("xx.lex").path, contents: Data())
        let set = try LexiconSet.read(directory: directory.path)
        XCTAssertTrue(set.diagnostics.contains { $0.description.hasSuffix("xx.lex:1: section [intro] is missing") })
        XCTAssertTrue(set.diagnostics.contains { $0.description.hasSuffix("xx.lex:1: no [profile] block: the language cannot be identified") })
    }

    /// Every one of the 30 languages labels headings written with its own cues: each
    /// section's first heading cue, read as a heading, gets that section's label.
    func testEveryLanguageLabelsItsOwnHeadings() throws {
        let set = Fixtures.lexicons
        XCTAssertGreaterThanOrEqual(set.tags.count, 30)
        var weak: [String] = []
        for tag in set.tags {
            let classifier = try SectionClassifier(lexicon: XCTUnwrap(set.compiled(tag)), taxonomy: set.taxonomy)
            var right = 0
            for id in set.taxonomy.ids {
                guard let cue = set.languages[tag]?.sections[id]?.first(where: { $0.kind == .heading }) else { continue }
                let heading = cue.text.replacingOccurrences(of: "*", with: "")
                if classifier.classify(heading: heading, body: "").label == id { right += 1 }
            }
            if right < 17 { weak.append("\(tag): \(right)/20") }
        }
        XCTAssertEqual(weak, [], "languages whose own heading cues are not labelled as their sections")
    }
}
