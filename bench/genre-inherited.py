#!/usr/bin/env python3
"""How many false alarms of the other-genre omission bench the published translation already earns.

  genre-inherited.py ALIGN_DATA REAL_REPORTS SETS CHECK_REPORTS

A line of bench/omissions-genres.sh's sets is a gold bead of a real translation, and a gold bead
can hold a clause or a sentence the translator left out. A completeness finding that names no
planted gap counts as false there, but if `check` flags a sentence of the same line in the real
translation (REAL_REPORTS/SET/NNN.json, as bench/completeness-dev.sh writes them), the finding is
inherited from the translation, not made by the planting. Prints, per set, the false alarms and how
many of them are inherited (source sentences matched by text; a target-only finding by its target
sentence). Bench only.
"""
import glob, json, os, re, sys

BEAD = re.compile(r'\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*')
align, real, sets, checks = sys.argv[1:5]


def lines(p):
    return [l.rstrip('\n') for l in open(p, encoding='utf-8')]


def index(sentence_id):
    return int(sentence_id.rsplit('-s', 1)[1])


def completeness(report):
    for f in json.load(open(report))['findings']:
        if f['check'].startswith('completeness.'):
            yield ([index(x) for x in (f.get('source') or {}).get('sentences', [])],
                   [index(x) for x in (f.get('target') or {}).get('sentences', [])], f['check'])


flagged_src, flagged_tgt = set(), set()
for report in glob.glob(f'{real}/*/*.json'):
    name, doc = report.split('/')[-2], os.path.basename(report)[:-5]
    src = lines(f'{align}/{name}/{doc}/src.txt')
    tgt = lines(f'{align}/{name}/{doc}/tgt.txt')
    for s, t, _ in completeness(report):
        flagged_src.update(src[i].strip() for i in s)
        if not s:
            flagged_tgt.update(tgt[j].strip() for j in t)

flagged_src.discard('')
flagged_tgt.discard('')
for name in sorted(os.listdir(sets)):
    if not os.path.isdir(f'{checks}/{name}'):
        continue
    false = inherited = 0
    for d in sorted(glob.glob(f'{sets}/{name}/[0-9]*')):
        report = f'{checks}/{name}/{os.path.basename(d)}.json'
        if not os.path.exists(report) or not open(report).read().strip():
            continue
        src, tgt = lines(f'{d}/src.txt'), lines(f'{d}/tgt.txt')
        omitted, added = set(), set()
        for line in lines(f'{d}/gold.align'):
            m = BEAD.fullmatch(line)
            if not m:
                continue
            s, t = ([int(x) for x in g.split(',') if x.strip()] for g in m.groups())
            if s and not t: omitted.add(s[0])
            if t and not s: added.add(t[0])
        partial = {int(x) for x in open(f'{d}/partial.txt').read().split()}
        for s, t, _ in completeness(report):
            if any(i in omitted or i in partial for i in s) or (not s and any(j in added for j in t)):
                continue
            false += 1
            if any(f in src[i] for i in s for f in flagged_src) or (not s and any(f in tgt[j] for j in t for f in flagged_tgt)):
                inherited += 1
    print(f'{name:10s} false alarms {false:3d}, of them at a line check also flags in the published translation {inherited:3d}')
