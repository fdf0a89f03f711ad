#!/usr/bin/env python3
"""Prints the PDF fixtures of PDFReaderTests with headless Chromium (Debian's `chromium`).

  python3 Tests/Fixtures/pdf/make.py

- dynatron.pdf: Tests/Fixtures/docx/dynatron.md rendered as an HTML page and printed to PDF.
  Every page carries a running header ("Dynatron Software · Privacy Policy") and a footer
  ("Page 3 of 9") as CSS page-margin boxes, which the reader must drop. Words of nine
  letters or more get a soft hyphen in their middle, so that Chromium hyphenates the ones
  that fall at a line end (it prints "­‐" there, and nothing elsewhere); its `hyphens: auto`
  finds no dictionary in a headless Debian build. Compounds such as "cross-context" break
  after their own hyphen where they fall at a line end.
- dynatron-ar.pdf: Corpus/dynatron/ar.txt, right to left, as paragraphs, headings ("1. ...")
  and lists, to check that Arabic comes out in reading order.
- encrypted.pdf: dynatron.pdf locked with a user password by qpdf (Debian's `qpdf`).
- scanned.pdf: a page holding only a drawing, as a scan without a text layer has.

The creation dates Chromium writes are replaced by a fixed one of the same length, so the
byte offsets in the file stay right and running the script again gives the same bytes (but
for encrypted.pdf: qpdf salts its keys afresh on every run).
"""
import html
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))

HEADER = "Dynatron Software · Privacy Policy"
STYLE = """
@page { size: A4; margin: 22mm 20mm;
        @top-left { content: "HEADER"; font: 9pt 'Liberation Sans'; color: #555; }
        @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt 'Liberation Sans'; } }
body { font: 11pt/1.4 'Liberation Sans', 'DejaVu Sans', sans-serif; }
h1 { font-size: 20pt; } h2 { font-size: 15pt; } h3 { font-size: 12.5pt; }
table { border-collapse: collapse; width: 100%; } td { padding: 2pt 10pt; white-space: nowrap; }
.notes { margin-top: 2em; }
"""


def inline(text):
    """Markdown links and footnote references of dynatron.md as HTML, soft hyphens in long words."""
    out = []
    position = 0
    for match in re.finditer(r"\[\^(\d+)\]|\[([^\]]+)\]\(([^)]+)\)", text):
        out.append(hyphenable(text[position:match.start()]))
        if match.group(1):
            out.append(f"<sup>{match.group(1)}</sup>")
        else:
            out.append(f'<a href="{html.escape(match.group(3))}">{hyphenable(match.group(2))}</a>')
        position = match.end()
    out.append(hyphenable(text[position:]))
    return "".join(out)


def hyphenable(text):
    """Escapes the text and puts a soft hyphen in the middle of each word of 9 letters or more."""
    def soften(match):
        word = match.group(0)
        middle = len(word) // 2
        return word[:middle] + "\u00ad" + word[middle:]
    return re.sub(r"[A-Za-z]{9,}", soften, html.escape(text, quote=False)).replace("\u00ad", "&shy;")


def dynatron_html():
    with open(os.path.join(ROOT, "Tests", "Fixtures", "docx", "dynatron.md"), encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle]
    body = []
    lists = []          # open list tags, innermost last, with their indentation
    notes = []

    def close_lists():
        while lists:
            body.append(f"</li></{lists.pop()[0]}>")

    in_table = False
    for line in lines:
        stripped = line.strip()
        bullet = re.match(r"^( *)- (.*)$", line)
        number = re.match(r"^( *)(\d+)\. (.*)$", line)
        if not stripped.startswith("|") and in_table:
            body.append("</table>")
            in_table = False
        if bullet or number:
            indent = len((bullet or number).group(1))
            tag = "ul" if bullet else "ol"
            text = bullet.group(2) if bullet else number.group(3)
            while lists and lists[-1][1] > indent:
                body.append(f"</li></{lists.pop()[0]}>")
            if lists and lists[-1] == (tag, indent):
                body.append("</li>")
            else:
                if lists and lists[-1][1] == indent:
                    body.append(f"</li></{lists.pop()[0]}>")
                body.append(f"<{tag}>")
                lists.append((tag, indent))
            body.append(f"<li>{inline(text)}")
            continue
        if not stripped:
            continue
        close_lists()
        if stripped.startswith("#"):
            level = len(stripped) - len(stripped.lstrip("#"))
            body.append(f"<h{level}>{html.escape(stripped[level:].strip())}</h{level}>")
        elif stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(set(cell) <= set("-:") for cell in cells):
                continue
            if not in_table:
                body.append("<table>")
                in_table = True
            body.append("<tr>" + "".join(f"<td>{inline(cell)}</td>" for cell in cells) + "</tr>")
        elif stripped.startswith("[^"):
            label, text = re.match(r"\[\^(\d+)\]: (.*)", stripped).groups()
            notes.append(f'<p><sup>{label}</sup> {inline(text)}</p>')
        else:
            body.append(f"<p>{inline(stripped)}</p>")
    close_lists()
    if in_table:
        body.append("</table>")
    body.append('<div class="notes">' + "".join(notes) + "</div>")
    return page("en", "ltr", "Dynatron Privacy Policy", "\n".join(body))


def arabic_html():
    """ar.txt line by line: "1. ..." a heading, "- ..." a list item, anything else a paragraph."""
    with open(os.path.join(ROOT, "Corpus", "dynatron", "ar.txt"), encoding="utf-8") as handle:
        lines = [line.strip() for line in handle if line.strip()]
    body = ["<h1>سياسة خصوصية Dynatron</h1>"]
    in_list = False
    for line in lines:
        if line.startswith("- "):
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{html.escape(line[2:])}</li>")
            continue
        if in_list:
            body.append("</ul>")
            in_list = False
        if re.match(r"^\d+\. ", line):
            body.append(f"<h2>{html.escape(line)}</h2>")
        else:
            body.append(f"<p>{html.escape(line)}</p>")
    if in_list:
        body.append("</ul>")
    return page("ar", "rtl", "سياسة خصوصية Dynatron", "\n".join(body), header="Dynatron Software · سياسة الخصوصية")


def page(lang, direction, title, body, header=HEADER, style=STYLE):
    return (f'<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title><style>{style.replace('HEADER', header)}</style></head>"
            f"<body>\n{body}\n</body></html>\n")


def print_pdf(source, name):
    with tempfile.TemporaryDirectory() as folder:
        page_path = os.path.join(folder, "page.html")
        with open(page_path, "w", encoding="utf-8") as handle:
            handle.write(source)
        target = os.path.join(HERE, name)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={target}", page_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    fix_dates(target)


def fix_dates(path):
    with open(path, "rb") as handle:
        data = handle.read()
    data = re.sub(rb"\((D:\d{14})([^)]*)\)", lambda m: b"(D:20240101000000" + m.group(2) + b")", data)
    with open(path, "wb") as handle:
        handle.write(data)


def scanned():
    """A page with a drawn rectangle and no text: what a scan without OCR gives a reader."""
    drawing = "<div style='width:120mm;height:80mm;background:#888'></div>"
    print_pdf(page("en", "ltr", "", drawing, style="@page { size: A4; margin: 20mm; }"), "scanned.pdf")


def encrypted():
    subprocess.run(["qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--",
                    os.path.join(HERE, "dynatron.pdf"), os.path.join(HERE, "encrypted.pdf")],
                   check=True)


if __name__ == "__main__":
    print_pdf(dynatron_html(), "dynatron.pdf")
    print_pdf(arabic_html(), "dynatron-ar.pdf")
    scanned()
    encrypted()
