#!/usr/bin/env python3
"""Writes the XLIFF fixtures with translate-toolkit (pip install translate-toolkit mistletoe),
as Weblate and translate-toolkit's converters write them, from a real policy and two of its
published translations (Tests/Fixtures/labels/train/selection-command-hub-privacy-policy,
ujiro99/selection-command, MIT; see Tests/Fixtures/labels/sources/sea.md).

Units come from md2po run on each language's Markdown (the same 30 units in each), paired
in order. Then, as a reviewer would meet them, each file gets injected faults:

selection-command.ms.xlf (XLIFF 1.2, a template kept at 1.2 as Weblate keeps an uploaded file):
  - unit "u7": an empty target (state needs-translation), as a CAT tool leaves a unit to do
  - unit "u16": target left as the English source
  - unit "u30": the effective date changed, 01/10/2025 -> 01/11/2025
selection-command.ja.xlf (XLIFF 2.0, translate-toolkit's Xliff2File):
  - unit "u14": no target
  - unit "u22": target left as the English source
  - unit "u30": the effective date changed, 2025/01/10 -> 2025/01/11 (the translation writes it year first)
  - unit "u29": translate="no", target equal to its source (a store page's name): no finding

Run from anywhere: python3 Tests/Fixtures/xliff/make.py
"""
import os
import subprocess
import tempfile

from translate.storage import po, xliff, xliff2

HERE = os.path.dirname(os.path.abspath(__file__))
POLICY = os.path.join(HERE, "..", "labels", "train", "selection-command-hub-privacy-policy")


def units(language):
    with tempfile.TemporaryDirectory() as scratch:
        out = os.path.join(scratch, language + ".po")
        # Relative input path: the PO's location comments name privacy.md, not a local path.
        subprocess.run(["md2po", "--progress=none", "--input", language + ".md", "--output", out], cwd=POLICY, check=True)
        with open(out, "rb") as handle:
            return [unit.source for unit in po.pofile(handle).units if not unit.isheader()]


english = units("en")


def pairs(language):
    translated = units(language)
    assert len(translated) == len(english), (language, len(translated), len(english))
    return list(zip(english, translated))


SKELETON_12 = b"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="privacy.md" source-language="en" target-language="ms" datatype="x-markdown">
    <body/>
  </file>
</xliff>
"""


def write_12():
    store = xliff.xlifffile.parsestring(SKELETON_12)
    for number, (source, target) in enumerate(pairs("ms"), start=1):
        unit = store.UnitClass(source)
        store.addunit(unit)
        unit.setid("u%d" % number)
        if number == 16:
            target = source
        if number == 30:
            assert "01/10/2025" in target, target
            target = target.replace("01/10/2025", "01/11/2025")
        unit.target = target
        unit.markapproved(number != 7)
        if number == 7:
            element = unit.xmlelement.find(unit.namespaced("target"))
            element.text = ""
            element.set("state", "needs-translation")
    with open(os.path.join(HERE, "selection-command.ms.xlf"), "wb") as handle:
        handle.write(bytes(store))


def write_20():
    store = xliff2.Xliff2File(sourcelanguage="en", targetlanguage="ja")
    for number, (source, target) in enumerate(pairs("ja"), start=1):
        unit = store.UnitClass(source)
        store.addunit(unit)
        unit.setid("u%d" % number)
        if number == 29:
            unit.target = source
            unit.marktranslatable(False)
            continue
        if number == 14:
            continue
        if number == 22:
            target = source
        if number == 30:
            assert "2025/01/10" in target, target
            target = target.replace("2025/01/10", "2025/01/11")
        unit.target = target
        unit.marktranslated()
    # The extractor names its source file, as Okapi does: the units' text is Markdown.
    for element in store.document.getroot().iterchildren(store.namespaced("file")):
        element.set("original", "privacy.md")
    with open(os.path.join(HERE, "selection-command.ja.xlf"), "wb") as handle:
        handle.write(bytes(store))


write_12()
write_20()
