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

Then, with a separate random stream (so the kinds above land on the same lines as before for a
seed), about 8 % more target lines get ONE of the harder kinds a reviewer meets in real drafts:

  number-word a number written in words changed ("three" -> "five", «пяти» -> «семи»)
  scale       a figure of the source in 万/亿 mis-converted in the target (3.5万 -> 3,500 or 350,000
              instead of 35,000; "million" <-> "billion", «млн» <-> «млрд» / «тыс.»)
  range       one end of a range changed (10-15, "10 to 15", «от 10 до 15»), where the source has 至/到/-
  ordinal     an ordinal or century changed ("third" -> "fourth", "21st century" -> "20th century")
  full-date   the day of a full date changed ("March 5" -> "March 6", «5 марта» -> «6 марта»), or its year
  unit        a figure next to a currency or unit changed (dollars, km, tonnes, долларов, км, тонн)
  pp-percent  "percentage points" <-> "per cent" (процентных пункта <-> процента), where the source has one
  ru-decimal  a Russian decimal comma read wrongly (3,5 -> 35 or 3.5 kept as 3,5 -> 3 500)

Then, with a third random stream (so the kinds above still land on the same lines), about 5 % more
target lines get ONE "meaning" kind, errors no figure betrays:

  wrong-language the line (or, half the time, its second clause after a comma or semicolon) replaced by
              the OTHER target language's line of the same sentence: the translator pasted the English
              draft into the Russian column or the reverse (only where en.txt and ru.txt differ)
  negation    one negation of the target removed ("not", "n't", "never", "no"; «не», «нет» -> «есть»,
              «нельзя» -> «можно»), where the source has one (不没未无非别勿): the meaning reversed
  country     one country name of the target swapped for another's ("China" -> "Japan", «России» ->
              «Индии», the Russian in the same case form), where the source names that country

Then, with a fourth random stream (so every kind above still lands on the same lines), about 3 % more
target lines get ONE "form" kind, the slips a reviewer's eye or a QA tool catches:

  lowercase-start  the first letter of a line lowered, where the line opens with a capitalised common
              word (one the same document also writes in lower case: "The", «В»; not a name)
  space-before-punct a space inserted before a , . ; : ! or ? of the line ("the meeting .", «встрече ,»)
  url         a letter of a web address or e-mail changed, where source and target share one
              (www.fmprc.gov.cn -> www.fmprc.gov.cm); few lines have one, so this kind is rare

Then, with a fifth stream, about 3 % more lines get the "name" kind:

  name        one letter of a romanised Chinese name dropped, doubled or changed (not the first), where
              a run of the line's source characters spells the name (Pinyin in English, Palladius in
              Russian, a case ending allowed; readings from bench/han-spellings.ts, i.e. pinyin-pro):
              two characters or more, or a one-character word beside another (Wang Yi)

Then, with a sixth stream, about 3 % more lines get ONE "swap" kind, a country swapped where the
first country kind cannot see it:

  country-named one country name of the target swapped for another country the same source line also
              names (中国…法国 -> "China … China", no France left), as the country kind writes them
  capital     a capital of the target swapped for another capital (北京 "Beijing" -> "Moscow", «Москве»
              -> «Пекине», the Russian in the same case form), where the source names that capital; the
              capitals and their zh/en/ru names are core/qa/data/countries.ts's (read through node)

Then, with a seventh stream, about 3 % more lines get one "slip" kind, typing slips every tool after us
trips on (and a sum of money in the wrong currency):

  mixed-script  one letter of a word of 3+ letters swapped for its look-alike in the other script
              (Latin o for Cyrillic о in «Москве», Cyrillic а in "Russia")
  glued-punct the space after a , . ; : ! or ? between two words dropped ("2025.The", «стороны,Россия»)
  doubled-punct a , . ; or : after a word typed twice or followed by a stray , or ; ("talks,,", "war.;")
  currency    a currency word swapped for another's, where the source line names the first (美元 -> "yuan",
              «долларов» -> «юаней»); few lines name a currency, so this kind is rare

Writes OUT_DIR/NAME-LANG/NNN/{src.txt,tgt.txt,clean.txt,planted.tsv} (planted.tsv: line, kind, what
changed). Lines are taken as they are; one sentence per line is what `check --presegmented` reads.
"""
import json, random, re, subprocess, sys
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


HARD_KINDS = ('number-word', 'scale', 'range', 'ordinal', 'full-date', 'unit', 'pp-percent', 'ru-decimal')
EN_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
            'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred']
# Russian number words, each row one value's forms (nominative, genitive); forms swap within a column.
RU_WORDS = [['два', 'двух'], ['три', 'трёх'], ['четыре', 'четырёх'], ['пять', 'пяти'], ['шесть', 'шести'],
            ['семь', 'семи'], ['восемь', 'восьми'], ['девять', 'девяти'], ['десять', 'десяти'],
            ['двадцать', 'двадцати'], ['тридцать', 'тридцати'], ['сто', 'ста']]
ZH_NUMBER_WORD = re.compile(r'[两二三四五六七八九十百千]')
EN_SCALE = ['thousand', 'million', 'billion', 'trillion']
RU_SCALE = [('тыс.', 'млн', 'млрд'), ('тысяч', 'миллионов', 'миллиардов'), ('тысячи', 'миллиона', 'миллиарда')]
EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
# One row per value (swap_word swaps rows, keeping the column): nominative masculine, genitive, feminine oblique.
RU_ORDINALS = [['первый', 'первого', 'первой'], ['второй', 'второго', 'второй'], ['третий', 'третьего', 'третьей'],
               ['четвёртый', 'четвёртого', 'четвёртой'], ['пятый', 'пятого', 'пятой'], ['шестой', 'шестого', 'шестой'],
               ['седьмой', 'седьмого', 'седьмой'], ['восьмой', 'восьмого', 'восьмой'], ['девятый', 'девятого', 'девятой'],
               ['десятый', 'десятого', 'десятой']]
UNIT = re.compile(r'(?<![\w.,])(\d+(?:[.,]\d+)?)(\s?(?:US\$|\$|dollars?|yuan|euros?|km|kilomet(?:re|er)s?|tonnes?|tons?|'
                  r'hectares?|kg|metres?|meters?|долл\w*|юан\w*|евро|км|километр\w*|тонн\w*|гектар\w*|кг|метр\w*))(?!\w)')
ZH_UNIT = re.compile(r'美元|元|欧元|公里|千米|吨|公顷|公斤|千克|米')


def swap_word(tgt, rng, table, flags=re.IGNORECASE):
    options = []
    for row, words in enumerate(table):
        for col, w in enumerate(words if isinstance(words, list) else [words]):
            for m in re.finditer(r'(?<!\w)' + re.escape(w) + r'(?!\w)', tgt, flags):
                options.append((m, row, col))
    if not options:
        return None
    m, row, col = rng.choice(options)
    other = table[rng.choice([r for r in range(len(table)) if r != row])]
    new = other[col] if isinstance(other, list) else other
    if m.group()[0].isupper():
        new = new[0].upper() + new[1:]
    return tgt[:m.start()] + new + tgt[m.end():], f'{m.group()} -> {new}'


def plant_number_word(src, tgt, rng, lang):
    if not (ZH_NUMBER_WORD.search(src) or re.search(r'\d', src)):
        return None
    return swap_word(tgt, rng, EN_WORDS if lang == 'en' else RU_WORDS)


def plant_scale(src, tgt, rng, lang):
    if not re.search(r'[万亿]', src):
        return None
    if lang == 'en':
        return swap_word(tgt, rng, EN_SCALE)
    for forms in RU_SCALE:
        r = swap_word(tgt, rng, list(forms))
        if r:
            return r
    return None


def plant_range(src, tgt, rng, lang):
    if not re.search(r'\d\s*(?:至|到|-|～|~|—)\s*\d|[一二三四五六七八九十]\s*(?:至|到)', src):
        return None
    pat = r'(\d+(?:[.,]\d+)?)(\s?(?:-|–|—|to|and|до|по)\s?)(\d+(?:[.,]\d+)?)'
    ms = list(re.finditer(pat, tgt))
    if not ms:
        return None
    m = rng.choice(ms)
    g = rng.choice([1, 3])
    new = alter_number(m.group(g), rng)
    return tgt[:m.start(g)] + new + tgt[m.end(g):], f'{m.group()} end {m.group(g)} -> {new}'


def plant_ordinal(src, tgt, rng, lang):
    if not re.search(r'第|世纪|届|次', src):
        return None
    m = re.search(r'(\d+)(st|nd|rd|th)?(\s|-)(century|centuries)|(\d+)(?:-?(?:й|го|м|е))?\s(век\w*)', tgt)
    if m and rng.random() < 0.5:
        g = 1 if m.group(1) else 5
        new = str(int(m.group(g)) + rng.choice([-1, 1]))
        return tgt[:m.start(g)] + new + tgt[m.end(g):], f'{m.group()} century {m.group(g)} -> {new}'
    return swap_word(tgt, rng, EN_ORDINALS if lang == 'en' else RU_ORDINALS)


def plant_full_date(src, tgt, rng, lang):
    if not re.search(r'\d{1,2}\s*日|\d{4}\s*年', src):
        return None
    months = '|'.join(EN_MONTHS + RU_MONTHS[1])
    ms = list(re.finditer(r'(?:' + months + r')\s(\d{1,2})(?!\d)|(?<!\d)(\d{1,2})\s(?:' + months + r')', tgt))
    years = list(re.finditer(r'(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)', tgt))
    if ms and (not years or rng.random() < 0.6):
        m = rng.choice(ms)
        g = 1 if m.group(1) else 2
        day = int(m.group(g))
        new = str(day + 1 if day < 28 else day - 1)
        return tgt[:m.start(g)] + new + tgt[m.end(g):], f'{m.group()} day -> {new}'
    if not years:
        return None
    m = rng.choice(years)
    new = str(int(m.group(1)) + rng.choice([-1, 1]))
    return tgt[:m.start(1)] + new + tgt[m.end(1):], f'year {m.group(1)} -> {new}'


def plant_unit(src, tgt, rng, lang):
    if not ZH_UNIT.search(src):
        return None
    ms = list(UNIT.finditer(tgt))
    if not ms:
        return None
    m = rng.choice(ms)
    new = alter_number(m.group(1), rng)
    return tgt[:m.start(1)] + new + tgt[m.end(1):], f'{m.group()} -> {new}{m.group(2)}'


def plant_pp_percent(src, tgt, rng, lang):
    if not re.search(r'百分点|%|％|百分之', src):
        return None
    pairs = ([('percentage points', 'per cent'), ('percentage point', 'per cent'), ('per cent', 'percentage points'),
              ('percent', 'percentage points')] if lang == 'en' else
             [('процентного пункта', 'процента'), ('процентных пункта', 'процента'), ('процентных пунктов', 'процентов'),
              ('процентов', 'процентных пунктов'), ('процента', 'процентных пункта'), ('%', ' процентных пункта')])
    for old, new in pairs:
        i = tgt.find(old)
        if i >= 0:
            return tgt[:i] + new + tgt[i + len(old):], f'{old} -> {new.strip()}'
    return None


def plant_ru_decimal(src, tgt, rng, lang):
    if lang != 'ru':
        return None
    ms = [m for m in re.finditer(r'(?<![\d,.])(\d+),(\d{1,2})(?![\d,])', tgt) if re.search(r'\d\.\d', src)]
    if not ms:
        return None
    m = rng.choice(ms)
    new = m.group(1) + m.group(2) if rng.random() < 0.5 else m.group(1) + '\u00a0' + m.group(2).ljust(3, '0')
    return tgt[:m.start()] + new + tgt[m.end():], f'{m.group()} -> {new}'


def plant_hard(kind, src, tgt, rng, lang):
    return {'number-word': plant_number_word, 'scale': plant_scale, 'range': plant_range, 'ordinal': plant_ordinal,
            'full-date': plant_full_date, 'unit': plant_unit, 'pp-percent': plant_pp_percent,
            'ru-decimal': plant_ru_decimal}[kind](src, tgt, rng, lang)


MEANING_RATE = 0.05
MEANING_KINDS = ('wrong-language', 'negation', 'country')
ZH_NEGATION = re.compile(r'[不没未无非别勿]')
# Negations whose removal does not reverse anything ("not only", "whether or not", «не только»).
EN_NOT_NEGATING = re.compile(r"not\s+(?:only|just|least|merely|to\s+mention)\b|(?<=or\s)not\b|no\s+(?:longer|one|matter|doubt)\b"
                             r"|no\.|no(?=\s*\d)", re.IGNORECASE)
EN_NEGATION = re.compile(r"(?<![\w'’])(?:not|never|no)(?![\w'’-])|(?<=\w)n['’]t(?!\w)|(?<!\w)cannot(?!\w)", re.IGNORECASE)
RU_NEGATION = re.compile(r'(?<![\w-])(?:не|нет|нельзя)(?![\w-])', re.IGNORECASE)
RU_NOT_NEGATING = re.compile(r'не\s+только(?!\w)|не\s+то\s+чтобы', re.IGNORECASE)
EN_CONTRACTED = {'wo': 'will', 'ca': 'can', 'sha': 'shall'}


def cased(new, old):
    return new[0].upper() + new[1:] if old[0].isupper() else new


def plant_negation(src, tgt, rng, lang):
    if not ZH_NEGATION.search(src):
        return None
    keep = set()
    for m in (EN_NOT_NEGATING if lang == 'en' else RU_NOT_NEGATING).finditer(tgt):
        keep.update(range(m.start(), m.end()))
    ms = [m for m in (EN_NEGATION if lang == 'en' else RU_NEGATION).finditer(tgt) if m.start() not in keep]
    if not ms:
        return None
    m = rng.choice(ms)
    w = m.group()
    if w.lower() in ('нет', 'нельзя'):
        new = cased('есть' if w.lower() == 'нет' else 'можно', w)
        return tgt[:m.start()] + new + tgt[m.end():], f'{w} -> {new}'
    if w.lower() == 'cannot':
        return tgt[:m.start()] + cased('can', w) + tgt[m.end():], f'{w} -> can'
    if w[-2:].lower() in ("'t", '’t'):  # don't -> do, won't -> will, can't -> can
        start = re.search(r'\w+$', tgt[:m.start()])
        base = start.group()
        new = cased(EN_CONTRACTED.get(base.lower(), base), base)
        return tgt[:start.start()] + new + tgt[m.end():], f'{base}{w} -> {new}'
    # A whole word: removed with the space before it (after it at the start of a line), the next word
    # capitalised when the negation opened the sentence.
    head, tail = tgt[:m.start()], tgt[m.end():]
    if head.strip() and head.rstrip(' ')[-1] not in '([«"“„\'‘':
        return head.rstrip(' ') + tail, f'{w} removed'
    if head.strip():
        return head + tail.lstrip(' '), f'{w} removed'
    tail = tail.lstrip(' ')
    return head + tail[:1].upper() + tail[1:], f'{w} removed'


# Countries as the source names them, as an English target writes them (the first spelling is the one
# planted), and their Russian forms by case: nominative, genitive, dative, accusative, instrumental,
# prepositional. A Russian form is swapped only for a country whose forms agree in every case the form
# can stand for (России: genitive, dative, prepositional -> Индии, not Китая / Китаю / Китае).
COUNTRIES = [
    (r'中国|中方|中华|访华|来华|在华|对华|中美|中俄|中日|中印|中欧|中法|中德|中英', ['China'],
     ['Китай', 'Китая', 'Китаю', 'Китай', 'Китаем', 'Китае']),
    (r'俄罗斯|俄方|俄', ['Russia'], ['Россия', 'России', 'России', 'Россию', 'Россией', 'России']),
    (r'美国|美方|中美|美俄|美日', ['the United States', 'the US', 'the U.S.', 'America', 'the USA'], ['США'] * 6),
    (r'日本|日方|中日', ['Japan'], ['Япония', 'Японии', 'Японии', 'Японию', 'Японией', 'Японии']),
    (r'印度(?!尼西亚|洋)', ['India'], ['Индия', 'Индии', 'Индии', 'Индию', 'Индией', 'Индии']),
    (r'德国|德方|中德', ['Germany'], ['Германия', 'Германии', 'Германии', 'Германию', 'Германией', 'Германии']),
    (r'法国|法方|中法', ['France'], ['Франция', 'Франции', 'Франции', 'Францию', 'Францией', 'Франции']),
    (r'英国|英方|中英', ['Britain', 'the United Kingdom', 'the UK'],
     ['Великобритания', 'Великобритании', 'Великобритании', 'Великобританию', 'Великобританией', 'Великобритании']),
    (r'意大利', ['Italy'], ['Италия', 'Италии', 'Италии', 'Италию', 'Италией', 'Италии']),
    (r'西班牙', ['Spain'], ['Испания', 'Испании', 'Испании', 'Испанию', 'Испанией', 'Испании']),
    (r'澳大利亚|澳洲', ['Australia'], ['Австралия', 'Австралии', 'Австралии', 'Австралию', 'Австралией', 'Австралии']),
    (r'巴西', ['Brazil'], ['Бразилия', 'Бразилии', 'Бразилии', 'Бразилию', 'Бразилией', 'Бразилии']),
    (r'土耳其', ['Turkey'], ['Турция', 'Турции', 'Турции', 'Турцию', 'Турцией', 'Турции']),
    (r'乌克兰', ['Ukraine'], ['Украина', 'Украины', 'Украине', 'Украину', 'Украиной', 'Украине']),
    (r'加拿大', ['Canada'], ['Канада', 'Канады', 'Канаде', 'Канаду', 'Канадой', 'Канаде']),
    (r'伊朗', ['Iran'], ['Иран', 'Ирана', 'Ирану', 'Иран', 'Ираном', 'Иране']),
    (r'巴基斯坦', ['Pakistan'], ['Пакистан', 'Пакистана', 'Пакистану', 'Пакистан', 'Пакистаном', 'Пакистане']),
    (r'越南', ['Vietnam', 'Viet Nam'], ['Вьетнам', 'Вьетнама', 'Вьетнаму', 'Вьетнам', 'Вьетнамом', 'Вьетнаме']),
    (r'埃及', ['Egypt'], ['Египет', 'Египта', 'Египту', 'Египет', 'Египтом', 'Египте']),
    (r'墨西哥', ['Mexico'], ['Мексика', 'Мексики', 'Мексике', 'Мексику', 'Мексикой', 'Мексике']),
    (r'韩国|韩方|南韩', ['South Korea'], ['Южная Корея', 'Южной Кореи', 'Южной Корее', 'Южную Корею', 'Южной Кореей', 'Южной Корее']),
    (r'以色列', ['Israel'], ['Израиль', 'Израиля', 'Израилю', 'Израиль', 'Израилем', 'Израиле']),
    (r'南非', ['South Africa'], ['ЮАР'] * 6),
    (r'阿联酋', ['the United Arab Emirates', 'the UAE'], ['ОАЭ'] * 6),
]


def plant_country(src, tgt, rng, lang, among_named=False):
    options = []
    named = {row for row, (zh, _, _) in enumerate(COUNTRIES) if re.search(zh, src)}
    for row, (zh, en, ru) in enumerate(COUNTRIES):
        if row not in named:
            continue
        for form in (en if lang == 'en' else dict.fromkeys(ru)):
            # "the US" also at the start of a line ("The US"); not "US$", not inside a longer name.
            pat = re.escape(form).replace('the\\ ', '[Tt]he\\ ') if lang == 'en' else re.escape(form)
            for m in re.finditer(r'(?<![\w.])' + pat + r'(?![\w$]|\.\w)', tgt):
                if re.search(r'(?:Latin|South|North|Central)\s$', tgt[:m.start()]):
                    continue  # Latin America
                cases = [c for c in range(6) if lang == 'ru' and ru[c] == form]
                others = [o for o in range(len(COUNTRIES)) if o != row and
                          (lang == 'en' or len({COUNTRIES[o][2][c] for c in cases}) == 1) and
                          (not among_named or (o in named and not set(COUNTRIES[o][1]) & set(en)))]
                if others:
                    options.append((m, others, cases))
    if not options:
        return None
    m, others, cases = rng.choice(options)
    other = COUNTRIES[rng.choice(others)]
    new = other[1][0] if lang == 'en' else other[2][cases[0]]
    if new.startswith('the ') and (m.start() == 0 or re.search(r'[.!?]["”»]?\s+$', tgt[:m.start()])):
        new = 'The' + new[3:]
    return tgt[:m.start()] + new + tgt[m.end():], f'{m.group()} -> {new}'


# The swap kinds (a sixth pass, its own random stream, after every other).
SWAP_KINDS = ('country-named', 'capital')
SWAP_RATE = 0.03
CAPITALS = []  # (zh names, en names, ru case forms or None), from core/qa/data/countries.ts
RU_CASES = 6  # nominative, genitive, dative, accusative, instrumental, prepositional


def ru_case_forms(nominative):
    """The six case forms of a Russian capital's name, or None where its declension is not regular."""
    n = nominative
    if re.search(r'[оиеуюэ]$', n) or n in ('Бразилиа',):
        return [n] * RU_CASES  # Токио, Осло, Тбилиси, Баку: indeclinable
    if n.endswith('а'):
        stem = n[:-1]
        gen = stem + ('и' if stem[-1] in 'гкхжчшщ' else 'ы')
        return [n, gen, stem + 'е', stem + 'у', stem + ('ей' if stem[-1] in 'жчшщц' else 'ой'), stem + 'е']
    if n.endswith('я'):
        stem = n[:-1]
        return [n, stem + 'и', stem + 'и', stem + 'ю', stem + 'ей', stem + 'и']
    if n.endswith('й'):
        stem = n[:-1]
        return [n, stem + 'я', stem + 'ю', n, stem + 'ем', stem + 'е']
    if re.search(r'[бвгджзклмнпрстфхцчшщ]$', n):
        return [n, n + 'а', n + 'у', n, n + ('ем' if n[-1] in 'жчшщц' else 'ом'), n + 'е']
    return None  # Афины (plural), Пномпень


def load_capitals():
    """Each country's capital in Chinese, English and Russian, as names.country reads them."""
    here = Path(__file__).resolve().parent
    code = ("const { COUNTRY_EXTRAS } = await import('./core/qa/data/countries.ts');"
            "console.log(JSON.stringify(Object.values(COUNTRY_EXTRAS).filter((e) => e.capital)"
            ".map((e) => e.capital.split('|').map((v) => v.split(',')))))")
    run = subprocess.run(['node', '--import', 'tsx', '--input-type=module', '-e', code], capture_output=True, text=True,
                         check=True, cwd=here.parent)
    for zh, en, ru in json.loads(run.stdout):
        CAPITALS.append((zh, en, ru_case_forms(ru[0])))


def plant_capital(src, tgt, rng, lang):
    options = []
    for row, (zh, en, ru) in enumerate(CAPITALS):
        if not any(z in src for z in zh) or (lang == 'ru' and ru is None):
            continue
        for form in (en if lang == 'en' else dict.fromkeys(ru)):
            for m in re.finditer(r'(?<![\w.-])' + re.escape(form) + r'(?![\w-])', tgt):
                cases = [c for c in range(RU_CASES) if lang == 'ru' and ru[c] == form]
                others = [o for o in range(len(CAPITALS)) if o != row and
                          (lang == 'en' or (CAPITALS[o][2] and len({CAPITALS[o][2][c] for c in cases}) == 1))]
                if others:
                    options.append((m, others, cases))
    if not options:
        return None
    m, others, cases = rng.choice(options)
    other = CAPITALS[rng.choice(others)]
    new = other[1][0] if lang == 'en' else other[2][cases[0]]
    return tgt[:m.start()] + new + tgt[m.end():], f'{m.group()} -> {new}'


def plant_swap(kind, src, tgt, rng, lang):
    if kind == 'country-named':
        return plant_country(src, tgt, rng, lang, among_named=True)
    return plant_capital(src, tgt, rng, lang)


CLAUSE_CUT = re.compile(r'[,;] ')


def middle_cut(text):
    """The comma or semicolon nearest the middle of the line, with at least 3 words on each side."""
    cuts = [m.start() for m in CLAUSE_CUT.finditer(text)
            if len(text[:m.start()].split()) >= 3 and len(text[m.end():].split()) >= 3]
    return min(cuts, key=lambda c: abs(c - len(text) / 2)) if cuts else None


def plant_wrong_language(src, tgt, rng, lang, other):
    if not other or other.strip() == tgt.strip() or len(other.split()) < 4:
        return None
    if rng.random() < 0.5:
        mine, theirs = middle_cut(tgt), middle_cut(other)
        if mine is not None and theirs is not None:
            return tgt[:mine + 2] + other[theirs + 2:], f'second clause in {"ru" if lang == "en" else "en"}'
    return other, f'line in {"ru" if lang == "en" else "en"}'


def plant_meaning(kind, src, tgt, rng, lang, other):
    if kind == 'wrong-language':
        return plant_wrong_language(src, tgt, rng, lang, other)
    if kind == 'negation':
        return plant_negation(src, tgt, rng, lang)
    return plant_country(src, tgt, rng, lang)


FORM_RATE = 0.03
FORM_KINDS = ('lowercase-start', 'space-before-punct', 'url')
FIRST_WORD = re.compile(r"([^\W\d_])([^\W\d_]*)(?![\w'’.-])")
# A mark that ends a word: followed by a space or the line's end, not part of an ellipsis.
PUNCT_AFTER_WORD = re.compile(r'(?<=[^\W_])[,.;:!?](?=\s|$)')
ADDRESS = re.compile(r'(?:https?://|www\.)[A-Za-z0-9./_~%?=&#:+-]*[A-Za-z0-9/]'
                     r'|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}')


def plant_lowercase_start(src, tgt, rng, lang, lower_words):
    m = FIRST_WORD.match(tgt)
    if not m or not m.group(1).isupper() or not (m.group(2) == '' or m.group(2).islower()):
        return None
    word = m.group()
    if word.lower() not in lower_words:
        return None  # a name, or a word the document never writes in lower case
    return word[0].lower() + tgt[1:], f'{word} -> {word[0].lower()}{word[1:]}'


def plant_space_before_punct(src, tgt, rng, lang):
    ms = [m for m in PUNCT_AFTER_WORD.finditer(tgt) if not (m.group() == '.' and tgt[m.start() - 1].isdigit()
                                                              and re.match(r'\.\d', tgt[m.start():]))]
    if not ms:
        return None
    m = rng.choice(ms)
    return tgt[:m.start()] + ' ' + tgt[m.start():], f'space before {m.group()}'


def plant_url(src, tgt, rng, lang):
    shared = [m for m in ADDRESS.finditer(tgt) if m.group().lower() in src.lower()]
    if not shared:
        return None
    m = rng.choice(shared)
    letters = [i for i, c in enumerate(m.group()) if 'a' <= c <= 'z']
    if not letters:
        return None
    i = rng.choice(letters)
    new = m.group()[:i] + rng.choice([c for c in 'abcdefghijklmnopqrstuvwxyz' if c != m.group()[i]]) + m.group()[i + 1:]
    return tgt[:m.start()] + new + tgt[m.end():], f'{m.group()} -> {new}'


def plant_form(kind, src, tgt, rng, lang, lower_words):
    if kind == 'lowercase-start':
        return plant_lowercase_start(src, tgt, rng, lang, lower_words)
    if kind == 'space-before-punct':
        return plant_space_before_punct(src, tgt, rng, lang)
    return plant_url(src, tgt, rng, lang)


SLIP_RATE = 0.03
SLIP_KINDS = ('mixed-script', 'glued-punct', 'doubled-punct', 'currency')
# Letters drawn alike in Latin and Cyrillic (the other keyboard layout types them unseen).
LATIN_LOOKALIKES, CYRILLIC_LOOKALIKES = 'AaBCcEeHKMOoPpTXxYy', 'АаВСсЕеНКМОоРрТХхУу'
# A mark after a word and the space before the next word, which a slip of typing loses.
MARK_THEN_WORD = re.compile(r'(?<=[^\W_])([,.;:!?]) (?=[^\W\d_])')


def plant_mixed_script(src, tgt, rng, lang):
    """One letter of a word of the line's own script swapped for its look-alike in the other script."""
    own, other = (LATIN_LOOKALIKES, CYRILLIC_LOOKALIKES) if lang == 'en' else (CYRILLIC_LOOKALIKES, LATIN_LOOKALIKES)
    spots = [(m.start() + i, c) for m in re.finditer(r'[^\W\d_]{3,}', tgt) for i, c in enumerate(m.group()) if c in own]
    if not spots:
        return None
    at, c = rng.choice(spots)
    return tgt[:at] + other[own.index(c)] + tgt[at + 1:], f'{c} -> look-alike at {at}'


def plant_glued_punct(src, tgt, rng, lang):
    """The space after a mark dropped: "2025. The" -> "2025.The", "China, Russia" -> "China,Russia"."""
    ms = list(MARK_THEN_WORD.finditer(tgt))
    if not ms:
        return None
    m = rng.choice(ms)
    return tgt[:m.end() - 1] + tgt[m.end():], f'no space after {m.group(1)}'


def plant_doubled_punct(src, tgt, rng, lang):
    """A , . ; or : after a word typed twice, or followed by a stray comma or semicolon."""
    ms = [m for m in PUNCT_AFTER_WORD.finditer(tgt) if m.group() in ',.;:']
    if not ms:
        return None
    m = rng.choice(ms)
    extra = rng.choice([c for c in (m.group(), ',', ';') if m.group() + c != '::'])
    return tgt[:m.end()] + extra + tgt[m.end():], f'{m.group()} -> {m.group()}{extra}'


# Currency words swapped for another currency's, where the source line names the first: the Russian
# forms pair by case (долларов <-> юаней, доллара <-> юаня, ...).
ZH_CURRENCY = {'dollar': ('美元', '美金'), 'yuan': ('元', '人民币'), 'euro': ('欧元',)}
EN_CURRENCY = [('dollar', 'dollars', 'yuan', 'yuan'), ('yuan', 'yuan', 'dollars', 'dollars'), ('euro', 'euros', 'dollar', 'dollars')]
RU_CURRENCY = {'dollar': ['доллар', 'доллара', 'доллару', 'долларом', 'долларе', 'доллары', 'долларов', 'долларам', 'долларами', 'долларах'],
               'yuan': ['юань', 'юаня', 'юаню', 'юанем', 'юане', 'юани', 'юаней', 'юаням', 'юанями', 'юанях']}


def plant_currency(src, tgt, rng, lang):
    """A currency word of the line swapped for another's, where the source names the first (美元 -> "yuan")."""
    spots = []
    if lang == 'en':
        for cur, plural, other, other_plural in EN_CURRENCY:
            if any(z in src for z in ZH_CURRENCY[cur]):
                for m in re.finditer(rf'\b(?:{plural}|{cur})\b', tgt):
                    spots.append((m, other_plural if m.group() == plural and plural != cur else other))
    else:
        for cur, other in (('dollar', 'yuan'), ('yuan', 'dollar')):
            if any(z in src for z in ZH_CURRENCY[cur]):
                forms = RU_CURRENCY[cur]
                for m in re.finditer(r'(?<!\w)(' + '|'.join(sorted(forms, key=len, reverse=True)) + r')(?!\w)', tgt):
                    spots.append((m, RU_CURRENCY[other][forms.index(m.group())]))
    if not spots:
        return None
    m, new = rng.choice(spots)
    return tgt[:m.start()] + new + tgt[m.end():], f'{m.group()} -> {new}'


def plant_slip(kind, src, tgt, rng, lang):
    if kind == 'mixed-script':
        return plant_mixed_script(src, tgt, rng, lang)
    if kind == 'glued-punct':
        return plant_glued_punct(src, tgt, rng, lang)
    if kind == 'currency':
        return plant_currency(src, tgt, rng, lang)
    return plant_doubled_punct(src, tgt, rng, lang)


def lower_words_of(lines_):
    return {w for l in lines_ for w in re.findall(r'[^\W\d_]+', l) if w.islower()}


def plant_kinds(kinds, plant_one, src, tgt, rng, lang, used, planted, total, rate=RATE, other=None):
    """Kinds take turns; a kind with no line fit for it in this document is skipped."""
    want = max(1, round(rate * len(tgt)))
    kinds = list(kinds)
    rng.shuffle(kinds)
    done = 0
    for turn in range(want * 3):
        if done >= want:
            break
        kind = kinds[turn % len(kinds)]
        order = [i for i in range(len(tgt)) if i not in used]
        rng.shuffle(order)
        for i in order:
            r = (plant_one(kind, src[i], tgt[i], rng, lang) if other is None else
                 plant_one(kind, src[i], tgt[i], rng, lang, other[i]))
            if r and r[0] != tgt[i]:
                tgt[i] = r[0]; used.add(i); planted.append((i, kind, r[1])); total[kind] += 1; done += 1
                break


# The name kind (a fifth pass, its own random stream, after every other): one letter of a romanised
# Chinese name in the target dropped, doubled or changed, where the source holds the name: a
# capitalised word that a run of source characters spells (Pinyin in English, Palladius in Russian, a
# Russian case ending allowed), from two characters up, or beside another such word (Wang Yi).
NAME_KINDS = ('name',)
NAME_RATE = 0.03
RU_ENDINGS = ('ом', 'ем', 'ой', 'ей', 'а', 'я', 'у', 'ю', 'е')
EN_NAME_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-zü]+(?![\w'’-])")
RU_NAME_WORD = re.compile(r"(?<![\w'’-])[А-ЯЁ][а-яё]+(?![\w'’-])")
ALPHABET = {'en': 'abcdefghijklmnopqrstuvwxyz', 'ru': 'абвгдежзийклмнопрстуфхцчшщыьэюя'}
HAN_SPELLINGS = {}


def load_han_spellings(texts):
    """Each Han character's readings, from the readings names.spelling uses (bench/han-spellings.ts)."""
    here = Path(__file__).resolve().parent
    run = subprocess.run(['node', '--import', 'tsx', str(here / 'han-spellings.ts')], input='\n'.join(texts),
                         capture_output=True, text=True, check=True, cwd=here.parent)
    HAN_SPELLINGS.update(json.loads(run.stdout))


def source_spellings(src, lang):
    """{spelling: window length} for every run of 1-4 Han characters of the line, every reading."""
    out = {}
    for run in re.findall(r'[\u3400-\u9fff]+', src):
        for i in range(len(run)):
            spelled = ['']
            for k in range(i, min(i + 4, len(run))):
                readings = HAN_SPELLINGS.get(run[k], {}).get(lang) or []
                spelled = [s + r for s in spelled for r in readings][:32]
                if not spelled:
                    break
                for s in spelled:
                    out[s.replace('ü', 'v')] = max(out.get(s.replace('ü', 'v'), 0), k - i + 1)
    return out


def name_part(word, spellings, lang):
    """(length of the name part, characters) when the source spells the word, a Russian ending allowed."""
    w = word.lower().replace('ё', 'е').replace('ü', 'v')
    if w in spellings:
        return len(w), spellings[w]
    if lang == 'ru':
        for e in RU_ENDINGS:
            if w.endswith(e) and w[:-len(e)] in spellings:
                return len(w) - len(e), spellings[w[:-len(e)]]
    return None


def plant_name(kind, src, tgt, rng, lang):
    spellings = source_spellings(src, lang)
    if not spellings:
        return None
    words = [(m, name_part(m.group(), spellings, lang)) for m in (EN_NAME_WORD if lang == 'en' else RU_NAME_WORD).finditer(tgt)]
    names = []
    for k, (m, part) in enumerate(words):
        if not part:
            continue
        before = k > 0 and words[k - 1][1] and tgt[words[k - 1][0].end():m.start()] == ' '
        after = k + 1 < len(words) and words[k + 1][1] and tgt[m.end():words[k + 1][0].start()] == ' '
        beside = before or after
        if part[1] >= 2 or beside:
            names.append((m, part[0]))
    if not names:
        return None
    m, length = rng.choice(names)
    word = m.group()
    p = rng.randrange(1, length)
    how = rng.choice(('drop', 'double', 'change'))
    if how == 'drop':
        new = word[:p] + word[p + 1:]
    elif how == 'double':
        new = word[:p] + word[p] + word[p:]
    else:
        new = word[:p] + rng.choice([c for c in ALPHABET[lang] if c != word[p]]) + word[p + 1:]
    return tgt[:m.start()] + new + tgt[m.end():], f'{word} -> {new} ({how})'


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
        load_han_spellings([line for doc in docs for line in doc['zh']])
        if not CAPITALS:
            load_capitals()
        for lang in ('en', 'ru'):
            if lang == 'ru' and (Path(data) / 'ru.txt').read_bytes() == (Path(data) / 'en.txt').read_bytes():
                continue  # genre-lines.py: ru.txt is a copy of en.txt
            rng = random.Random(f'qa-{seed}-{name}-{lang}')
            hard_rng = random.Random(f'qa-hard-{seed}-{name}-{lang}')
            meaning_rng = random.Random(f'qa-meaning-{seed}-{name}-{lang}')
            form_rng = random.Random(f'qa-form-{seed}-{name}-{lang}')
            name_rng = random.Random(f'qa-name-{seed}-{name}-{lang}')
            swap_rng = random.Random(f'qa-swap-{seed}-{name}-{lang}')
            slip_rng = random.Random(f'qa-slip-{seed}-{name}-{lang}')
            total = {k: 0 for k in KINDS + HARD_KINDS + MEANING_KINDS + FORM_KINDS + NAME_KINDS + SWAP_KINDS + SLIP_KINDS}
            for n, doc in enumerate(docs):
                src, tgt = doc['zh'], list(doc[lang])
                d = out / f'{name}-{lang}' / f'{n:03d}'
                d.mkdir(parents=True, exist_ok=True)
                (d / 'src.txt').write_text('\n'.join(src) + '\n', encoding='utf-8')
                (d / 'clean.txt').write_text('\n'.join(tgt) + '\n', encoding='utf-8')
                planted, used = [], set()
                plant_kinds(KINDS, plant, src, tgt, rng, lang, used, planted, total)
                plant_kinds(HARD_KINDS, plant_hard, src, tgt, hard_rng, lang, used, planted, total)
                plant_kinds(MEANING_KINDS, plant_meaning, src, tgt, meaning_rng, lang, used, planted, total,
                            MEANING_RATE, doc['ru' if lang == 'en' else 'en'])
                plant_kinds(FORM_KINDS, plant_form, src, tgt, form_rng, lang, used, planted, total,
                            FORM_RATE, [lower_words_of(doc[lang])] * len(tgt))
                plant_kinds(NAME_KINDS, plant_name, src, tgt, name_rng, lang, used, planted, total, NAME_RATE)
                plant_kinds(SWAP_KINDS, plant_swap, src, tgt, swap_rng, lang, used, planted, total, SWAP_RATE)
                plant_kinds(SLIP_KINDS, plant_slip, src, tgt, slip_rng, lang, used, planted, total, SLIP_RATE)
                (d / 'tgt.txt').write_text('\n'.join(tgt) + '\n', encoding='utf-8')
                (d / 'planted.tsv').write_text(''.join(f'{i}\t{k}\t{w}\n' for i, k, w in sorted(planted)), encoding='utf-8')
            print(f'{name}-{lang}: {len(docs)} documents, planted ' + ', '.join(f'{k} {v}' for k, v in total.items()))


main()
