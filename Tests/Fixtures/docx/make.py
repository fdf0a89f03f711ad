#!/usr/bin/env python3
"""Writes the Word fixtures of DocxReaderTests with python-docx (pip install python-docx).

  python3 Tests/Fixtures/docx/make.py

- dynatron.docx and its twin dynatron.md: Corpus/dynatron/en.txt given the structure a
  Word author would give it (Heading 1/2/3 styles, a bulleted and a numbered list, a table,
  a footnote, a hyperlink), the same text in Markdown.
- tracked.docx: a tracked deletion and insertion, a localized-looking heading style known
  only by its outline level, a style based on Heading 2, a letter list starting at c, a
  roman list, a tab, a line break, a HYPERLINK field, and empty paragraphs.
- no-document.zip (a zip without word/document.xml) and broken-xml.docx (its document.xml
  cut short), for the one-line errors.

The zip entries get a fixed date so that running the script again gives the same bytes.
"""
import copy
import os
import zipfile

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def corpus_lines():
    with open(os.path.join(ROOT, "Corpus", "dynatron", "en.txt"), encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if line.strip()]


def add_hyperlink(paragraph, text, url):
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def add_text(paragraph, text):
    paragraph.add_run(text)


FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> The 12 months are counted back from the date this Privacy Policy was last updated.</w:t></w:r>'
    "</w:p></w:footnote>"
    "</w:footnotes>"
)


def add_footnotes_part(document):
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES_XML.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def add_footnote_reference(paragraph, number):
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    properties.append(align)
    run.append(properties)
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), str(number))
    run.append(reference)
    paragraph._p.append(run)


SUBHEADINGS = {"Purposes for the Collection, Processing, Sharing, or Other Disclosure of Personal Information", "Authorized Agents"}
TABLE = [
    ("Category of Personal Information", "Disclosed to", "Shared for advertising"),
    ("Identifiers", "Service providers and affiliates", "Yes"),
    ("Commercial information", "Service providers", "No"),
    ("Internet or network activity", "Advertising partners", "Yes"),
]
RIGHTS_START = "To know whether we process your Personal Information"
NUMBERED_RIGHTS = ("To know whether", "To correct", "To have your", "To receive the specific", "To opt out of the")
FOOTNOTE_AFTER = "The following chart details"
LINK_TEXT = "Global Privacy Control"
LINK_URL = "https://globalprivacycontrol.org/"


def dynatron():
    lines = corpus_lines()
    document = docx.Document()
    add_footnotes_part(document)
    markdown = ["# Dynatron Privacy Policy", ""]
    document.add_paragraph("Dynatron Privacy Policy", style="Heading 1")
    in_rights = False
    for line in lines:
        if line[:1].isdigit() and ". " in line[:4]:
            document.add_paragraph(line, style="Heading 2")
            markdown += ["", "## " + line, ""]
            in_rights = line.startswith("6.")
            continue
        if line in SUBHEADINGS:
            document.add_paragraph(line, style="Heading 3")
            markdown += ["", "### " + line, ""]
            continue
        if line.startswith("- "):
            item = line[2:]
            if in_rights and item.startswith(NUMBERED_RIGHTS):
                document.add_paragraph(item, style="List Number")
                number = sum(1 for entry in markdown if entry[:1].isdigit() and ". To " in entry[:6]) + 1
                markdown.append(f"{number}. {item}")
            elif in_rights and item.startswith("The "):
                document.add_paragraph(item, style="List Bullet 2")
                markdown.append("    - " + item)
            else:
                document.add_paragraph(item, style="List Bullet")
                markdown.append("- " + item)
            continue
        paragraph = document.add_paragraph()
        if LINK_TEXT in line and LINK_URL in line:
            before, after = line.split(LINK_TEXT, 1)
            after = after.replace(LINK_URL, "the GPC site")
            add_text(paragraph, before)
            add_hyperlink(paragraph, LINK_TEXT, LINK_URL)
            add_text(paragraph, after)
            markdown += ["", f"{before}[{LINK_TEXT}]({LINK_URL}){after}", ""]
        elif FOOTNOTE_AFTER in line:
            add_text(paragraph, line)
            add_footnote_reference(paragraph, 1)
            markdown += ["", line + "[^1]", ""]
            table = document.add_table(rows=0, cols=3)
            markdown.append("")
            for index, row in enumerate(TABLE):
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.text = value
                markdown.append("| " + " | ".join(row) + " |")
                if index == 0:
                    markdown.append("|" + "---|" * len(row))
            markdown.append("")
        else:
            add_text(paragraph, line)
            markdown += ["", line, ""]
    markdown += ["", "[^1]: The 12 months are counted back from the date this Privacy Policy was last updated.", ""]
    save(document, "dynatron.docx")
    text = "\n".join(markdown)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(os.path.join(HERE, "dynatron.md"), "w", encoding="utf-8") as handle:
        handle.write(text.lstrip("\n"))


def element(tag, **attributes):
    node = OxmlElement(tag)
    for name, value in attributes.items():
        node.set(qn(name.replace("_", ":", 1)), value)
    return node


def run(text):
    node = element("w:r")
    t = element("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    node.append(t)
    return node


def add_list(document, abstract_id, num_id, fmt, start, text):
    numbering = document.part.numbering_part.element
    abstract = element("w:abstractNum", w_abstractNumId=str(abstract_id))
    level = element("w:lvl", w_ilvl="0")
    level.append(element("w:start", w_val=str(start)))
    level.append(element("w:numFmt", w_val=fmt))
    level.append(element("w:lvlText", w_val=text))
    abstract.append(level)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = element("w:num", w_numId=str(num_id))
    num.append(element("w:abstractNumId", w_val=str(abstract_id)))
    numbering.append(num)


def numbered(document, text, num_id):
    paragraph = document.add_paragraph(text)
    properties = paragraph._p.get_or_add_pPr()
    numPr = element("w:numPr")
    numPr.append(element("w:ilvl", w_val="0"))
    numPr.append(element("w:numId", w_val=str(num_id)))
    properties.append(numPr)
    return paragraph


def tracked():
    document = docx.Document()
    styles = document.styles
    # A heading style known only by its outline level (as a localized template names it).
    rubrik = styles.add_style("Rubrik", WD_STYLE_TYPE.PARAGRAPH)
    rubrik.base_style = styles["Normal"]
    rubrik.element.get_or_add_pPr().append(element("w:outlineLvl", w_val="0"))
    # A style based on Heading 2.
    sub = styles.add_style("Policy Subheading", WD_STYLE_TYPE.PARAGRAPH)
    sub.base_style = styles["Heading 2"]
    add_list(document, 90, 90, "lowerLetter", 3, "%1)")
    add_list(document, 91, 91, "upperRoman", 1, "%1.")

    document.add_paragraph("Privacy Notice", style="Title")                      # 1
    document.add_paragraph("")                                                     # 2, empty
    document.add_paragraph("Data We Keep", style="Rubrik")                        # 3
    paragraph = document.add_paragraph()                                          # 4
    paragraph._p.append(run("We keep your data for "))
    deletion = element("w:del", w_id="1", w_author="Editor", w_date="2024-01-01T00:00:00Z")
    deleted = element("w:r")
    deleted_text = element("w:delText")
    deleted_text.text = "five SECRETDELETION "
    deleted_text.set(qn("xml:space"), "preserve")
    deleted.append(deleted_text)
    deletion.append(deleted)
    paragraph._p.append(deletion)
    insertion = element("w:ins", w_id="2", w_author="Editor", w_date="2024-01-01T00:00:00Z")
    insertion.append(run("seven "))
    paragraph._p.append(insertion)
    paragraph._p.append(run("years."))
    numbered(document, "Account data", 90)                                        # 5: c)
    numbered(document, "Payment data", 90)                                        # 6: d)
    document.add_paragraph("How Long", style="Policy Subheading")                 # 7
    numbered(document, "First period", 91)                                        # 8: I.
    numbered(document, "Second period", 91)                                       # 9: II.
    paragraph = document.add_paragraph()                                          # 10
    paragraph.add_run("Contact:")
    paragraph.add_run().add_tab()
    paragraph.add_run("privacy@example.com")
    paragraph.add_run().add_break()
    paragraph.add_run("Second line")
    document.add_paragraph("")                                                     # 11, empty
    paragraph = document.add_paragraph()                                          # 12
    paragraph._p.append(run("See "))
    begin = element("w:r")
    begin.append(element("w:fldChar", w_fldCharType="begin"))
    instruction = element("w:r")
    instr = element("w:instrText")
    instr.text = ' HYPERLINK "https://example.com/field" '
    instr.set(qn("xml:space"), "preserve")
    instruction.append(instr)
    separate = element("w:r")
    separate.append(element("w:fldChar", w_fldCharType="separate"))
    end = element("w:r")
    end.append(element("w:fldChar", w_fldCharType="end"))
    for node in (begin, instruction, separate, run("our site"), end, run(" for more.")):
        paragraph._p.append(node)
    save(document, "tracked.docx")


def save(document, name):
    path = os.path.join(HERE, name)
    document.save(path)
    # Same bytes on every run: fixed entry dates, sorted as python-docx wrote them.
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for filename, data in entries:
            info = zipfile.ZipInfo(filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


def broken():
    """A zip that is no Word document, and a Word document whose XML is cut short."""
    for name, members in (("no-document.zip", {"notes/readme.xml": "<a>hello</a>"}),
                          ("broken-xml.docx", {"word/document.xml": '<w:document xmlns:w="%s"><w:body><w:p>' % W_NS})):
        with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as target:
            for filename, data in members.items():
                target.writestr(zipfile.ZipInfo(filename, date_time=(1980, 1, 1, 0, 0, 0)), data)


if __name__ == "__main__":
    dynatron()
    tracked()
    broken()
