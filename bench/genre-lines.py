#!/usr/bin/env python3
"""Line-aligned parallel text from gold-aligned documents, in make_sets.py's input layout.

  genre-lines.py OUT_DIR DOC_DIR...     (DOC_DIR: an align-bench document, src.txt tgt.txt gold.align)

Every gold bead with both sides non-empty becomes one line: its source sentences joined with no space
(Chinese), its target sentences with a space. Gold 1:0 / 0:1 beads (real gaps of the published
translation) are left out: a planted-gap bench could not score them. Writes zh.txt, en.txt, ru.txt (a
copy of en.txt: make_sets.py reads a ru file; its -ru sets are ignored) and docids.txt, a new id every
~80 lines of a document (evenly cut) so that pseudo-documents have a realistic size. Bench only.
"""
import re, sys
from pathlib import Path

LINES_PER_DOC = 80
BEAD = re.compile(r'\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*')


def read_lines(p):
    return [l.rstrip('\n') for l in open(p, encoding='utf-8')]


def doc_lines(d):
    src, tgt = read_lines(d / 'src.txt'), read_lines(d / 'tgt.txt')
    pairs = []
    for line in read_lines(d / 'gold.align'):
        m = BEAD.fullmatch(line)
        if not m:
            continue
        s, t = ([int(x) for x in g.split(',') if x.strip()] for g in m.groups())
        if s and t:
            pairs.append((''.join(src[i].strip() for i in s), ' '.join(tgt[j].strip() for j in t)))
    return pairs


def main():
    out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
    zh, en, ids = [], [], []
    for d in map(Path, sys.argv[2:]):
        pairs = doc_lines(d)
        chunks = max(1, round(len(pairs) / LINES_PER_DOC))
        for k, (s, t) in enumerate(pairs):
            zh.append(s); en.append(t)
            ids.append(f'{d.parent.name}-{d.name}-{k * chunks // len(pairs)}')
    for name, rows in (('zh', zh), ('en', en), ('ru', en), ('docids', ids)):
        (out / f'{name}.txt').write_text('\n'.join(rows) + '\n', encoding='utf-8')
    print(f'{out.name}: {len(zh)} lines, {len(set(ids))} documents')


main()
