#!/usr/bin/env python3
"""Makes the perturbed translations and their gold files from Corpus/dynatron.

Each translation in Corpus/dynatron is line for line with en.txt, so a perturbation made
by lines has an exact gold answer. For every language:
  clean     the translation as it is: every section pairs with its own, nothing to flag
  injected  three English passages left in: a whole list item (line 33), a sentence
            appended to a translated paragraph (line 59), a whole paragraph (line 84)
  removed   section "3. Retention Period" (lines 31-35) taken out
  renumbered  the same, and the sections after it renumbered (4. becomes 3. ...), as a
            translator who drops a section does
  merged    the heading "11. Security" (line 78) taken out, so its text joins section 10
  changed   the duration "12 months" made 24 (line 53), the age 13 made 16 (line 86),
            the e-mail support@ made privacy@ (line 90)
Run from the repository root: python3 Tests/Fixtures/perturbed/make_fixtures.py
"""
import json, os, re

ROOT = os.getcwd()
CORPUS = os.path.join(ROOT, "Corpus", "dynatron")
OUT = os.path.join(ROOT, "Tests", "Fixtures", "perturbed")
LANGUAGES = ["ar", "de", "es", "fr", "id", "ja", "ko", "ms", "pt", "ru", "th", "vi", "zh-Hans"]
APPENDED = "We may also share de-identified information with our research partners for product analytics."

def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")

english = read(os.path.join(CORPUS, "en.txt"))
gold_starts = [int(l.split("\t")[0]) for l in read(os.path.join(CORPUS, "en.gold.tsv")) if l and not l.startswith("#")]

def pairs(mapping):
    return [[s, mapping.get(s)] for s in gold_starts]

def write(language, variant, lines, gold):
    directory = os.path.join(OUT, language)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, variant + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    gold = dict(source="Corpus/dynatron/en.txt", **gold)
    with open(os.path.join(directory, variant + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)

for language in LANGUAGES:
    lines = read(os.path.join(CORPUS, language + ".txt"))
    assert len(lines) == len(english), language
    identity = {s: s for s in gold_starts}
    write(language, "clean", lines, dict(pairs=pairs(identity), untranslated=[], facts=[], missing=[]))

    injected = list(lines)
    injected[32] = english[32]
    injected[58] = lines[58] + " " + APPENDED
    injected[83] = english[83]
    write(language, "injected", injected, dict(pairs=pairs(identity), missing=[], facts=[], untranslated=[
        {"line": 33, "text": english[32].lstrip("- ")[:40]},
        {"line": 59, "text": APPENDED[:40]},
        {"line": 84, "text": english[83][:40]}]))

    removed = lines[:30] + lines[35:]
    mapping = {s: (None if s == 31 else s if s < 31 else s - 5) for s in gold_starts}
    write(language, "removed", removed, dict(pairs=pairs(mapping), untranslated=[], facts=[], missing=[31]))

    heading_lines = {s for s in gold_starts if re.match(r"\d+\. ", english[s - 1])}
    renumbered = []
    for number, line in enumerate(lines, start=1):
        if 31 <= number <= 35:
            continue
        match = re.match(r"(\d+)\. ", line)
        if number in heading_lines and match and int(match.group(1)) >= 4:
            line = "%d. %s" % (int(match.group(1)) - 1, line[match.end():])
        renumbered.append(line)
    write(language, "renumbered", renumbered, dict(pairs=pairs(mapping := {s: (None if s == 31 else s if s < 31 else s - 5) for s in gold_starts}),
                                                  untranslated=[], facts=[], missing=[31]))

    merged = lines[:77] + lines[78:]
    mapping = {s: (76 if s == 78 else s if s < 78 else s - 1) for s in gold_starts}
    write(language, "merged", merged, dict(pairs=pairs(mapping), untranslated=[], facts=[], missing=[]))

    changed = list(lines)
    assert "12" in changed[52] and "13" in changed[85] and "support@" in changed[89], language
    changed[52] = changed[52].replace("12", "24", 1)
    changed[85] = changed[85].replace("13", "16")
    changed[89] = changed[89].replace("support@", "privacy@")
    write(language, "changed", changed, dict(pairs=pairs(identity), untranslated=[], missing=[], facts=[
        {"sourceLine": 53, "targetLine": 53, "source": "12", "target": "24"},
        {"sourceLine": 86, "targetLine": 86, "source": "13", "target": "16"},
        {"sourceLine": 90, "targetLine": 90, "source": "support@dynatronsoftware.com", "target": "privacy@dynatronsoftware.com"}]))
print("wrote", len(LANGUAGES) * 6, "fixtures")
