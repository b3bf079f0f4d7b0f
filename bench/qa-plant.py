#!/usr/bin/env python3
"""QA defects planted into line-aligned parallel text, for bench/qa-planted.sh (bench only).

  qa-plant.py OUT_DIR SEED NAME=DATA_DIR...

DATA_DIR holds zh.txt, en.txt, ru.txt and docids.txt (the omission bench's layout, or
bench/genre-lines.py output). Consecutive documents are joined into pseudo-documents of >= 60 lines
(as make_sets.py does). For each target language, about 8 % of target lines get ONE defect, the kinds
taking turns so each is planted about equally often, each on a line that has the needed material:

  number      a figure present in both source and target altered (a digit changed, or a value with
              thousands separators or decimals scaled by ten)
  number-drop a figure present in both source and target deleted from the target
  date        a month or weekday of the target changed, where the source has one (X月, 星期X / 周X)
  chinese     a clause of the Chinese source pasted into the target (left untranslated)
  doubled     a word of the target doubled ("the the", "в в")
  bracket     a closing bracket or quote deleted, or a stray "(" inserted
  percent     a percentage of the target changed, where the source has one

Writes OUT_DIR/NAME-LANG/NNN/{src.txt,tgt.txt,clean.txt,planted.tsv} (planted.tsv: line, kind, what
changed). Lines are taken as they are; one sentence per line is what `check --presegmented` reads.
"""
import random, re, sys
from pathlib import Path

MIN_LINES = 60
RATE = 0.08
KINDS = ('number', 'number-drop', 'date', 'chinese', 'doubled', 'bracket', 'percent')

EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']
EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
# Russian month and weekday forms: each row one case (nominative, genitive, prepositional, accusative).
RU_MONTHS = [
    ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'],
]
RU_DAYS = [
    ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
    ['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье'],
    ['понедельника', 'вторника', 'среды', 'четверга', 'пятницы', 'субботы', 'воскресенья'],
]
ZH_MONTH = re.compile(r'(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月')
ZH_DAY = re.compile(r'(星期|礼拜|周)[一二三四五六日天]')
NUMBER = re.compile(r'(?<![\w.,])\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?![\w])|(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])')
PERCENT = re.compile(r'(\d+(?:[.,]\d+)?)(\s?%|\s?(?:percent|per cent|процент\w*))')
WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{2,}(?![\w'’-])")
CLAUSE = re.compile(r'[^，；。！？：、,;]+')
PAIRS = [('(', ')'), ('[', ']'), ('«', '»'), ('“', '”'), ('„', '“')]


def lines(p):
    return [l.rstrip('\n') for l in open(p, encoding='utf-8')]


def pseudo_docs(d):
    ids = lines(d / 'docids.txt')
    texts = {l: lines(d / f'{l}.txt') for l in ('zh', 'en', 'ru')}
    docs, cur, last = [], [], None
    for i, doc in enumerate(ids):
        if doc != last and len(cur) >= MIN_LINES:
            docs.append(cur); cur = []
        cur.append(i); last = doc
    if cur:
        docs.append(cur)
    return [{l: [texts[l][i] for i in idx] for l in texts} for idx in docs]


def digits_of(s):
    return re.sub(r'\D', '', s)


def shared_numbers(src, tgt):
    """Target number matches (not part of a percentage) whose digits also occur in the source."""
    src_digits = set(digits_of(m.group()) for m in re.finditer(r'\d[\d,.]*', src))
    out = []
    for m in NUMBER.finditer(tgt):
        if re.match(r'\s?(%|percent|per cent|процент)', tgt[m.end():]):
            continue
        if digits_of(m.group()) in src_digits or m.group().replace(',', '').replace('\u00a0', '').replace(' ', '') in src:
            out.append(m)
    return out


def alter_number(text, rng):
    """A digit changed, or (thousands separators, decimals) the value scaled by ten."""
    if re.search(r'\d[,\u00a0\u202f ]\d{3}', text) and rng.random() < 0.5:
        sep = re.search(r'\d([,\u00a0\u202f ])\d{3}', text).group(1)
        head, _, tail = text.partition(sep)
        return head + '0' + sep + tail if len(head) < 3 else head + sep + '0' + tail  # x10, separators kept
    m = re.fullmatch(r'(\d+)([.,])(\d+)', text)
    if m and rng.random() < 0.5:
        return m.group(1) + m.group(3)[0] + (m.group(2) + m.group(3)[1:] if len(m.group(3)) > 1 else '')
    positions = [i for i, c in enumerate(text) if c.isdigit()]
    i = rng.choice(positions)
    choices = [d for d in '0123456789' if d != text[i] and not (i == 0 and d == '0')]
    return text[:i] + rng.choice(choices) + text[i + 1:]


def plant_number(src, tgt, rng):
    ms = shared_numbers(src, tgt)
    if not ms:
        return None
    m = rng.choice(ms)
    new = alter_number(m.group(), rng)
    return tgt[:m.start()] + new + tgt[m.end():], f'{m.group()} -> {new}'


def plant_number_drop(src, tgt, rng):
    ms = shared_numbers(src, tgt)
    if not ms:
        return None
    m = rng.choice(ms)
    out = (tgt[:m.start()].rstrip() + ' ' + tgt[m.end():].lstrip()).strip()
    return out, f'{m.group()} dropped'


def date_words(lang):
    if lang == 'en':
        return [('month', [EN_MONTHS]), ('day', [EN_DAYS])]
    return [('month', RU_MONTHS), ('day', RU_DAYS)]


def plant_date(src, tgt, rng, lang):
    options = []
    for what, tables in date_words(lang):
        if not (ZH_MONTH if what == 'month' else ZH_DAY).search(src):
            continue
        for table in tables:
            for k, w in enumerate(table):
                flags = 0 if lang == 'en' else re.IGNORECASE
                for m in re.finditer(r'(?<!\w)' + re.escape(w) + r'(?!\w)', tgt, flags):
                    options.append((m, table, k))
    if not options:
        return None
    m, table, k = rng.choice(options)
    new = table[rng.choice([j for j in range(len(table)) if j != k])]
    if m.group()[0].isupper():
        new = new[0].upper() + new[1:]
    return tgt[:m.start()] + new + tgt[m.end():], f'{m.group()} -> {new}'


def plant_chinese(src, tgt, rng):
    clauses = [c.strip() for c in CLAUSE.findall(src) if len(re.findall(r'[\u4e00-\u9fff]', c)) >= 4]
    if not clauses or len(tgt) < 20:
        return None
    clause = rng.choice(clauses)
    # Pasted in place of the target's last clause when it has one, else before the final stop.
    cut = max(tgt.rfind(', '), tgt.rfind('; '))
    if cut > len(tgt) * 0.3:
        end = tgt.rstrip()[-1]
        out = tgt[:cut + 2] + clause + (end if end in '.!?' else '')
    else:
        out = tgt + ' ' + clause
    return out, clause


def plant_doubled(src, tgt, rng):
    ws = [m for m in WORD.finditer(tgt) if m.group().islower()]
    if not ws:
        return None
    m = rng.choice(ws)
    return tgt[:m.end()] + ' ' + m.group() + tgt[m.end():], m.group()


def plant_bracket(src, tgt, rng):
    closers = [(i, c) for i, c in enumerate(tgt) for o, cl in PAIRS if c == cl and o != cl and o in tgt[:i]]
    if closers and rng.random() < 0.5:
        i, c = rng.choice(closers)
        return tgt[:i] + tgt[i + 1:], f'{c} deleted'
    ws = list(WORD.finditer(tgt))
    if len(ws) < 3:
        return None
    m = rng.choice(ws[1:])
    return tgt[:m.start()] + '(' + tgt[m.start():], '( inserted'


def plant_percent(src, tgt, rng):
    if not re.search(r'%|％|百分之', src):
        return None
    ms = list(PERCENT.finditer(tgt))
    if not ms:
        return None
    m = rng.choice(ms)
    new = alter_number(m.group(1), rng)
    return tgt[:m.start(1)] + new + tgt[m.end(1):], f'{m.group(1)} -> {new}'


def plant(kind, src, tgt, rng, lang):
    if kind == 'number':
        return plant_number(src, tgt, rng)
    if kind == 'number-drop':
        return plant_number_drop(src, tgt, rng)
    if kind == 'date':
        return plant_date(src, tgt, rng, lang)
    if kind == 'chinese':
        return plant_chinese(src, tgt, rng)
    if kind == 'doubled':
        return plant_doubled(src, tgt, rng)
    if kind == 'bracket':
        return plant_bracket(src, tgt, rng)
    return plant_percent(src, tgt, rng)


def main():
    out, seed = Path(sys.argv[1]), int(sys.argv[2])
    for spec in sys.argv[3:]:
        name, data = spec.split('=', 1)
        docs = pseudo_docs(Path(data))
        for lang in ('en', 'ru'):
            if lang == 'ru' and (Path(data) / 'ru.txt').read_bytes() == (Path(data) / 'en.txt').read_bytes():
                continue  # genre-lines.py: ru.txt is a copy of en.txt
            rng = random.Random(f'qa-{seed}-{name}-{lang}')
            total = {k: 0 for k in KINDS}
            for n, doc in enumerate(docs):
                src, tgt = doc['zh'], list(doc[lang])
                d = out / f'{name}-{lang}' / f'{n:03d}'
                d.mkdir(parents=True, exist_ok=True)
                (d / 'src.txt').write_text('\n'.join(src) + '\n', encoding='utf-8')
                (d / 'clean.txt').write_text('\n'.join(tgt) + '\n', encoding='utf-8')
                want = max(1, round(RATE * len(tgt)))
                planted, used = [], set()
                kinds = list(KINDS)
                rng.shuffle(kinds)
                # Kinds take turns; a kind with no line fit for it in this document is skipped.
                for turn in range(want * 3):
                    if len(planted) >= want:
                        break
                    kind = kinds[turn % len(kinds)]
                    order = [i for i in range(len(tgt)) if i not in used]
                    rng.shuffle(order)
                    for i in order:
                        r = plant(kind, src[i], tgt[i], rng, lang)
                        if r and r[0] != tgt[i]:
                            tgt[i] = r[0]; used.add(i); planted.append((i, kind, r[1])); total[kind] += 1
                            break
                (d / 'tgt.txt').write_text('\n'.join(tgt) + '\n', encoding='utf-8')
                (d / 'planted.tsv').write_text(''.join(f'{i}\t{k}\t{w}\n' for i, k, w in sorted(planted)), encoding='utf-8')
            print(f'{name}-{lang}: {len(docs)} documents, planted ' + ', '.join(f'{k} {v}' for k, v in total.items()))


main()
