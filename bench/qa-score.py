#!/usr/bin/env python3
"""Scores `check --format json` reports against the defects qa-plant.py planted (bench only).

  qa-score.py SETS_DIR [--misses]

SETS_DIR/SET/NNN/ holds planted.tsv, planted.json (check on tgt.txt) and clean.json (check on
clean.txt, the same document unplanted). A planted defect is caught when a finding of a fitting check
names its target line (en-sN / ru-sN, N the line). False: findings of the planted kinds' checks
(completeness.* excluded) on lines with no planted defect, per 100 lines, in the planted and the clean
documents. Prints one table per set (the first-pass, "harder", "meaning" and "form" kinds each totalled), and
with --misses every missed defect with its line. A fitting check may be a pattern (fnmatch): the
meaning kinds' checks are named by what they catch, whatever their final id.
"""
import json, re, sys
from fnmatch import fnmatchcase
from collections import Counter, defaultdict
from pathlib import Path

FITTING = {
    'number': {'numbers.mismatch'},
    'number-drop': {'numbers.mismatch'},
    'date': {'numbers.mismatch'},
    'percent': {'numbers.mismatch'},
    'chinese': {'untranslated.chinese'},
    'doubled': {'words.doubled'},
    'bracket': {'punctuation.brackets', 'punctuation.quote-style'},
    # The harder kinds (qa-plant.py's second pass): all a figure, date or scale the source gives.
    **{k: {'numbers.mismatch'} for k in ('number-word', 'scale', 'range', 'ordinal', 'full-date', 'unit',
                                          'pp-percent', 'ru-decimal')},
    # The meaning kinds (qa-plant.py's third pass).
    'wrong-language': {'untranslated.wrong-language'},
    'negation': {'*negation*'},
    'country': {'*country*'},
    # The form kinds (qa-plant.py's fourth pass).
    'lowercase-start': {'*capital*'},
    'space-before-punct': {'spacing.before-punctuation'},
    'url': {'*link*', '*url*'},
    # The name kind (qa-plant.py's fifth pass).
    'name': {'names.spelling'},
    # The swap kinds (qa-plant.py's sixth pass).
    'country-named': {'*country*'},
    'capital': {'*country*'},
    # The slip kinds (qa-plant.py's seventh pass).
    'mixed-script': {'characters.mixed-script'},
    'glued-punct': {'spacing.after-punctuation'},
    'doubled-punct': {'punctuation.doubled'},
    'currency': {'numbers.currency'},
}
QA_CHECKS = set().union(*FITTING.values())
KINDS = list(FITTING)
FORM_KINDS = ['lowercase-start', 'space-before-punct', 'url']
NAME_KINDS = ['name']
SWAP_KINDS = ['country-named', 'capital']
GROUPS = [('old kinds', KINDS[:7]), ('harder kinds', KINDS[7:15]),
          ('meaning kinds', [k for k in KINDS[15:] if k not in FORM_KINDS + NAME_KINDS + SWAP_KINDS]),
          ('form kinds', FORM_KINDS), ('name kind', NAME_KINDS), ('swap kinds', SWAP_KINDS)]
SLIP_KINDS = ['mixed-script', 'glued-punct', 'doubled-punct', 'currency']
GROUPS = [('old kinds', KINDS[:7]), ('harder kinds', KINDS[7:15]),
          ('meaning kinds', [k for k in KINDS[15:] if k not in FORM_KINDS + NAME_KINDS + SLIP_KINDS]), ('form kinds', FORM_KINDS),
          ('name kind', NAME_KINDS), ('slip kinds', SLIP_KINDS)]


def fits(check, patterns):
    return any(fnmatchcase(check, p) for p in patterns)


def target_lines(finding):
    ids = (finding.get('target') or {}).get('sentences') or []
    return {int(m.group(1)) for s in ids if (m := re.fullmatch(r'[a-z]{2}-s(\d+)', s))}


def findings(path):
    try:
        return json.loads(path.read_text(encoding='utf-8'))['findings']
    except (OSError, ValueError, KeyError):
        return None


def main():
    root = Path(sys.argv[1])
    show_misses = '--misses' in sys.argv
    for set_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        planted_n, caught_n = Counter(), Counter()
        false_planted, false_clean, per_check_clean, lines_n, broken = 0, 0, Counter(), 0, 0
        misses = []
        for d in sorted(p for p in set_dir.iterdir() if p.is_dir()):
            plants = {}
            for row in (d / 'planted.tsv').read_text(encoding='utf-8').splitlines():
                i, kind, what = row.split('\t', 2)
                plants[int(i)] = (kind, what)
            fp, fc = findings(d / 'planted.json'), findings(d / 'clean.json')
            if fp is None or fc is None:
                broken += 1
                continue
            lines_n += sum(1 for _ in (d / 'clean.txt').open(encoding='utf-8'))
            named = defaultdict(set)
            for f in fp:
                for i in target_lines(f):
                    named[i].add(f['check'])
                if fits(f['check'], QA_CHECKS) and not (target_lines(f) & set(plants)):
                    false_planted += 1
            for f in fc:
                if fits(f['check'], QA_CHECKS):
                    per_check_clean[f['check']] += 1
                    if not (target_lines(f) & set(plants)):
                        false_clean += 1
            tgt = (d / 'tgt.txt').read_text(encoding='utf-8').split('\n')
            src = (d / 'src.txt').read_text(encoding='utf-8').split('\n')
            for i, (kind, what) in plants.items():
                planted_n[kind] += 1
                if any(fits(c, FITTING[kind]) for c in named[i]):
                    caught_n[kind] += 1
                else:
                    misses.append(f'{set_dir.name}/{d.name}:{i} {kind} [{what}] found={sorted(named[i])}\n    zh: {src[i]}\n    tl: {tgt[i]}')
        print(f'\n{set_dir.name}: {lines_n} lines' + (f', {broken} documents without a report' if broken else ''))
        print(f'  {"kind":<14} caught/planted')
        for k in KINDS:
            print(f'  {k:<14} {caught_n[k]:>3}/{planted_n[k]:<3}')
        for group, kinds in GROUPS:
            print(f'  {group:<14} {sum(caught_n[k] for k in kinds):>3}/{sum(planted_n[k] for k in kinds):<3}')
        print(f'  {"all":<14} {sum(caught_n.values()):>3}/{sum(planted_n.values()):<3}')
        per100 = lambda n: 100 * n / max(1, lines_n)
        print(f'  false (QA checks on unplanted lines) per 100 lines: planted docs {false_planted} ({per100(false_planted):.2f}), '
              f'clean docs {false_clean} ({per100(false_clean):.2f})')
        named_checks = {c for c in QA_CHECKS if not re.search(r'[*?\[]', c)} | set(per_check_clean)
        print('  clean docs, findings per check: ' + ', '.join(f'{c} {per_check_clean[c]}' for c in sorted(named_checks)))
        if show_misses:
            print('\n'.join(misses))


main()
