#!/usr/bin/env python3
"""Heading extraction and gold-pair checking for Tests/Fixtures/real.

    python3 pairs.py list FILE              print the headings of FILE (line, level, text)
    python3 pairs.py side EN TR             print EN and TR headings side by side, by position
    python3 pairs.py draft EN TR [MAP]      print a pairs.tsv drafted by position; MAP is an
                                            optional file of "en_line<TAB>tr_line" overrides
                                            (use "-" on either side for an unpaired heading)
    python3 pairs.py verify [ROOT]          check every <lang>.pairs.tsv under ROOT
                                            (default: the folder above this script)

Headings are ATX Markdown headings (`#`..`######` followed by a space, outside fenced code
blocks and outside a leading YAML front matter) in .md files, and <h1>..<h6> start tags in
.html files (the line where the `<hN` tag starts). Setext headings are not used by any
fixture and are ignored.
"""
import html
import os
import re
import sys

ATX = re.compile(r'^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$')
FENCE = re.compile(r'^ {0,3}(`{3,}|~{3,})')
HTAG = re.compile(r'<h([1-6])\b[^>]*>(.*?)</h\1\s*>', re.I | re.S)


def clean(text):
    text = re.sub(r'<[^>]+>', '', text)
    text = html.unescape(text)
    text = re.sub(r'!?\[([^\]]*)\]\([^)]*\)', r'\1', text)   # [text](url)
    text = re.sub(r'(\*\*|__|\*|_|`)(.+?)\1', r'\2', text)
    text = text.replace('\t', ' ')
    return re.sub(r'\s+', ' ', text).strip()


def md_headings(text):
    lines = text.split('\n')
    out, i, fence = [], 0, None
    if lines and lines[0].strip() == '---':
        for j in range(1, len(lines)):
            if lines[j].strip() in ('---', '...'):
                i = j + 1
                break
    for n in range(i, len(lines)):
        line = lines[n]
        m = FENCE.match(line)
        if m:
            if fence is None:
                fence = m.group(1)[0]
            elif m.group(1)[0] == fence:
                fence = None
            continue
        if fence:
            continue
        m = ATX.match(line)
        if m:
            out.append((n + 1, len(m.group(1)), clean(m.group(2))))
    return out


def html_headings(text):
    out = []
    for m in HTAG.finditer(text):
        line = text.count('\n', 0, m.start()) + 1
        out.append((line, int(m.group(1)), clean(m.group(2))))
    return out


def headings(path):
    text = open(path, encoding='utf-8').read()
    if path.endswith('.md'):
        return md_headings(text)
    if path.endswith('.html'):
        return html_headings(text)
    raise SystemExit('unknown extension: ' + path)


def side(en, tr):
    a, b = headings(en), headings(tr)
    for k in range(max(len(a), len(b))):
        x = a[k] if k < len(a) else ('', '', '')
        y = b[k] if k < len(b) else ('', '', '')
        print(f'{x[0]:>4} h{x[1]} {x[2][:60]:<60} | {y[0]:>4} h{y[1]} {y[2][:60]}')


def draft(en, tr, mapfile=None):
    a, b = headings(en), headings(tr)
    ea = {h[0]: h for h in a}
    tb = {h[0]: h for h in b}
    rows = []
    if mapfile:
        for line in open(mapfile, encoding='utf-8'):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            x, y = line.split('\t')[:2]
            rows.append((x, y))
    else:
        if len(a) != len(b):
            raise SystemExit(f'heading counts differ ({len(a)} vs {len(b)}): write a MAP')
        rows = [(str(x[0]), str(y[0])) for x, y in zip(a, b)]
    print('en_line\ttr_line\ten_heading\ttr_heading')
    for x, y in rows:
        et = ea[int(x)][2] if x != '-' else ''
        tt = tb[int(y)][2] if y != '-' else ''
        print(f'{x}\t{y}\t{et}\t{tt}')


def verify(root):
    bad = 0
    count = 0
    for dirpath, _, files in sorted(os.walk(root)):
        for f in sorted(files):
            if not f.endswith('.pairs.tsv'):
                continue
            count += 1
            lang = f[:-len('.pairs.tsv')]
            ext = [e for e in ('md', 'html') if os.path.exists(os.path.join(dirpath, f'{lang}.{e}'))]
            if len(ext) != 1:
                print('no translation file for', os.path.join(dirpath, f)); bad += 1; continue
            en = os.path.join(dirpath, f'en.{ext[0]}')
            tr = os.path.join(dirpath, f'{lang}.{ext[0]}')
            ea = {h[0]: h[2] for h in headings(en)}
            tb = {h[0]: h[2] for h in headings(tr)}
            rows = open(os.path.join(dirpath, f), encoding='utf-8').read().split('\n')
            problems = []
            if rows[0] != 'en_line\ttr_line\ten_heading\ttr_heading':
                problems.append('bad header')
            seen_e, seen_t = [], []
            for r in rows[1:]:
                if not r:
                    continue
                c = r.split('\t')
                if len(c) != 4:
                    problems.append('bad row: ' + r); continue
                x, y, et, tt = c
                if x != '-':
                    if int(x) not in ea: problems.append(f'en line {x} is not a heading')
                    elif ea[int(x)] != et: problems.append(f'en line {x} text differs: {et!r} vs {ea[int(x)]!r}')
                    seen_e.append(int(x))
                if y != '-':
                    if int(y) not in tb: problems.append(f'tr line {y} is not a heading')
                    elif tb[int(y)] != tt: problems.append(f'tr line {y} text differs')
                    seen_t.append(int(y))
                if x == '-' and y == '-':
                    problems.append('row with neither side')
            if sorted(seen_e) != sorted(ea): problems.append(f'en headings covered {len(seen_e)} of {len(ea)}')
            if sorted(seen_t) != sorted(tb): problems.append(f'tr headings covered {len(seen_t)} of {len(tb)}')
            if len(set(seen_e)) != len(seen_e) or len(set(seen_t)) != len(seen_t): problems.append('duplicate line')
            if seen_e != sorted(seen_e): problems.append('en lines not in order')
            status = 'ok' if not problems else 'FAIL'
            print(f'{status}  {os.path.relpath(os.path.join(dirpath, f), root)}  en={len(ea)} tr={len(tb)}')
            for p in problems:
                print('     ', p)
            bad += bool(problems)
    print(f'{count} pairs files, {bad} with problems')
    return bad


if __name__ == '__main__':
    cmd = sys.argv[1] if len(sys.argv) > 1 else ''
    if cmd == 'list':
        for h in headings(sys.argv[2]):
            print(f'{h[0]}\th{h[1]}\t{h[2]}')
    elif cmd == 'side':
        side(sys.argv[2], sys.argv[3])
    elif cmd == 'draft':
        draft(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
    elif cmd == 'verify':
        root = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
        sys.exit(1 if verify(root) else 0)
    else:
        print(__doc__)
