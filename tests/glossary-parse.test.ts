import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTermBaseFile, serializeTbx } from '../core/glossary';
import type { Concept, GlossaryProblem, TermStatus } from '../core/glossary';

const FIXTURES = join(__dirname, 'fixtures', 'glossary');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const parse = (name: string) => parseTermBaseFile(name, fixture(name));

/** "lang:status:text" for each term, to compare concepts compactly. */
const terms = (c: Concept | undefined): string[] => (c?.terms ?? []).map((t) => `${t.lang}:${t.status}:${t.text}`);
const at = (problems: GlossaryProblem[]) => problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.message}`);

describe('TBX 2019 (tbx / conceptEntry / langSec / termSec)', () => {
  const { concepts, problems } = parse('tbx-2019.tbx');

  it('reads terms with their administrative status, notes, subject and definition', () => {
    expect(problems).toEqual([]);
    expect(concepts).toHaveLength(1);
    const [c] = concepts;
    expect(c!.id).toBe('charter');
    expect(c!.subject).toBe('treaties');
    expect(c!.definition).toBe('Founding treaty of the UN (1945).');
    expect(c!.origin).toEqual({ file: 'tbx-2019.tbx', line: 6 });
    expect(terms(c)).toEqual([
      'zh:preferred:联合国宪章',
      'en:preferred:Charter of the United Nations',
      'en:admitted:UN Charter',
      'ru:preferred:Устав ООН',
      'ru:deprecated:Хартия ООН',
    ]);
    expect(c!.terms.find((t) => t.text === 'Хартия ООН')?.note).toBe('Устав, never Хартия.');
  });

  it('round-trips through serializeTbx', () => {
    const again = parseTermBaseFile('again.tbx', serializeTbx({ concepts }));
    expect(again.problems).toEqual([]);
    expect(again.concepts.map((c) => ({ ...c, origin: null }))).toEqual(concepts.map((c) => ({ ...c, origin: null })));
  });
});

describe('TBX 2008 (martif / termEntry / langSet / tig, ntig)', () => {
  const { concepts, problems } = parse('tbx-2008.tbx');

  it('reads tig and ntig/termGrp terms, folds zh-CN / en-GB / ru-RU, superseded = forbidden', () => {
    expect(concepts.map((c) => c.id)).toEqual(['te-1', 'te-2']);
    expect(terms(concepts[0])).toEqual([
      'zh:preferred:欧亚经济联盟',
      'en:preferred:Eurasian Economic Union',
      'en:deprecated:EEU',
      'ru:preferred:Евразийский экономический союз',
    ]);
    expect(concepts[0]!.terms.find((t) => t.text === 'EEU')?.note).toBe('The Union writes EAEU.');
  });

  it('reads the first term as preferred when a language has no status at all', () => {
    expect(terms(concepts[1])).toEqual(['zh:preferred:东盟', 'en:preferred:ASEAN', 'en:admitted:Association of Southeast Asian Nations']);
  });

  it('skips a language Duizhao does not use with a warning naming the line; a plain DOCTYPE is fine', () => {
    expect(at(problems)).toEqual(['tbx-2008.tbx:30 warning language "fr" is not one Duizhao works in (zh, en, ru); its terms are skipped']);
  });
});

describe('bad TBX input', () => {
  const { concepts, problems } = parse('broken.tbx');

  it('names file and line for a bad language code, an empty term, a duplicate id and bad XML', () => {
    expect(at(problems)).toEqual([
      'broken.tbx:9 error duplicate concept id "ok" (first on line 5); loaded as "ok-2"',
      'broken.tbx:11 error unknown language code "xx-!!" (expected zh, en or ru, e.g. zh-CN, en-GB, ru-RU); its terms are skipped',
      'broken.tbx:12 error empty term; skipped',
      'broken.tbx:15 error bad XML: unexpected close tag.; the concept entry opened on line 14 and everything after it are not read',
    ]);
  });

  it('keeps every concept completed before the XML error', () => {
    expect(concepts.map((c) => c.id)).toEqual(['ok', 'ok-2']);
    expect(terms(concepts[1])).toEqual(['zh:preferred:零和博弈', 'en:preferred:zero-sum game']);
  });

  it('reads a term with inline markup, and an unknown status as admitted with a warning', () => {
    const r = parseTermBaseFile('m.tbx', `<tbx><text><body><conceptEntry id="c">
<langSec xml:lang="zh"><termSec><term>全球<hi type="italics">南方</hi></term></termSec></langSec>
<langSec xml:lang="en"><termSec><term>Global South</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>the South</term><termNote type="administrativeStatus">frequentTerm</termNote></termSec></langSec>
</conceptEntry></body></text></tbx>`);
    expect(terms(r.concepts[0])).toEqual(['zh:preferred:全球南方', 'en:preferred:Global South', 'en:admitted:the South']);
    expect(at(r.problems)).toEqual(['m.tbx:4 warning unknown administrative status "frequentTerm"; read as admitted']);
  });

  it('reads the plain status words other tools write (Weblate: forbidden, obsolete = admitted, not forbidden), first unmarked term preferred', () => {
    const r = parseTermBaseFile('w.tbx', `<martif type="TBX"><text><body><termEntry>
<langSet xml:lang="zh"><tig><term>冷战思维</term></tig></langSet>
<langSet xml:lang="en"><tig><term>Cold War mentality</term></tig>
<tig><term>Cold War thinking</term><termNote type="administrativeStatus">forbidden</termNote></tig>
<tig><term>Cold War mindset</term><termNote type="administrativeStatus">obsolete</termNote></tig></langSet>
</termEntry></body></text></martif>`);
    expect(r.problems).toEqual([]);
    expect(terms(r.concepts[0])).toEqual(['zh:preferred:冷战思维', 'en:preferred:Cold War mentality', 'en:deprecated:Cold War thinking', 'en:admitted:Cold War mindset']);
  });

  it('refuses a file that is not TBX', () => {
    const r = parseTermBaseFile('x.tbx', '<?xml version="1.0"?>\n<xliff version="1.2"></xliff>');
    expect(at(r.problems)).toEqual(['x.tbx:2 error not a TBX file: the root element is <xliff>, expected <tbx> (TBX 2019) or <martif> (TBX 2008)']);
  });

  it('refuses a file with an unknown ending', () => {
    expect(at(parseTermBaseFile('terms.xlsx', 'PK').problems)).toEqual(['terms.xlsx:1 error not a term base file: expected .tbx, .csv or .tsv']);
  });
});

describe('entity attacks', () => {
  const BOMB = `<?xml version="1.0"?>
<!DOCTYPE tbx [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  ${Array.from({ length: 30 }, (_, i) => `<!ENTITY b${i + 1} "${`&${i === 0 ? 'a' : `b${i}`};`.repeat(10)}">`).join('\n  ')}
]>
<tbx><text><body><conceptEntry id="x"><langSec xml:lang="zh"><termSec><term>&b30;</term></termSec></langSec></conceptEntry></body></text></tbx>`;
  const XXE = `<?xml version="1.0"?>
<!DOCTYPE tbx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<tbx><text><body><conceptEntry id="x"><langSec xml:lang="zh"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>`;

  it('rejects a billion-laughs DOCTYPE at once, without expanding anything', () => {
    const r = parseTermBaseFile('bomb.tbx', BOMB);
    expect(r.concepts).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toMatch(/DOCTYPE declares entities/);
    expect(r.problems[0]!.file).toBe('bomb.tbx');
  });

  it('rejects an external entity (XXE) and never reads the file it names', () => {
    const r = parseTermBaseFile('xxe.tbx', XXE);
    expect(r.concepts).toEqual([]);
    expect(at(r.problems)).toEqual([expect.stringMatching(/^xxe\.tbx:2 error the DOCTYPE declares entities/)]);
    expect(JSON.stringify(r)).not.toContain('root:');
  });

  it('does not expand an undeclared entity either: bad XML, not text', () => {
    const r = parseTermBaseFile('u.tbx', '<tbx><text><body><conceptEntry id="x">\n<langSec xml:lang="zh"><termSec><term>&lol;</term></termSec></langSec></conceptEntry></body></text></tbx>');
    expect(r.concepts).toEqual([]);
    expect(at(r.problems)).toEqual([expect.stringMatching(/^u\.tbx:2 error bad XML: undefined entity/)]);
  });
});

describe('CSV header layout (zh,en,ru,en_forbidden,ru_forbidden,note,subject)', () => {
  const { concepts, problems } = parse('terms.csv');

  it('reads "|" alternatives, forbidden columns, notes and subject; BOM dropped', () => {
    const sco = concepts[0];
    expect(sco?.id).toBe('terms.csv:上海合作组织');
    expect(sco?.subject).toBe('organisations');
    expect(sco?.definition).toBe('The SCO writes "Organisation", with an s.');
    expect(terms(sco)).toEqual([
      'zh:preferred:上海合作组织',
      'zh:admitted:上合组织',
      'en:preferred:Shanghai Cooperation Organisation',
      'en:admitted:SCO',
      'ru:preferred:Шанхайская организация сотрудничества',
      'ru:admitted:ШОС',
      'en:deprecated:Shanghai Cooperation Organization',
    ]);
  });

  it('keeps commas and line breaks inside quoted fields (RFC 4180) and counts lines through them', () => {
    const ppwt = concepts[1];
    expect(ppwt?.terms.find((t) => t.lang === 'en')?.text).toBe('Treaty on the Prevention of the Placement of Weapons in Outer Space, the Threat or Use of Force against Outer Space Objects');
    expect(ppwt?.definition).toBe('Two-line\nnote');
    expect(ppwt?.origin.line).toBe(3);
    expect(concepts[3]?.origin.line).toBe(7);
  });

  it('reads a short record (trailing fields left out) with those fields empty, skips one with no Chinese term, naming the line', () => {
    expect(concepts.map((c) => c.terms[0]!.text)).toEqual(['上海合作组织', '防止在外空放置武器、对外空物体使用或威胁使用武力条约', '冷战思维', '核共享']);
    expect(terms(concepts[2])).toEqual(['zh:preferred:冷战思维', 'en:preferred:Cold War mentality', 'ru:preferred:менталитет холодной войны', 'en:deprecated:Cold War thinking']);
    expect(at(problems)).toEqual(['terms.csv:6 error empty Chinese term (column zh); record skipped']);
  });

  it('warns about a column it does not know and still reads the others', () => {
    const r = parseTermBaseFile('x.csv', 'zh,en,de\n冷战思维,Cold War mentality,Mentalität des Kalten Krieges\n');
    expect(at(r.problems)).toEqual([expect.stringMatching(/^x\.csv:1 warning unknown column "de" ignored/)]);
    expect(terms(r.concepts[0])).toEqual(['zh:preferred:冷战思维', 'en:preferred:Cold War mentality']);
  });

  it('reports an unclosed quote with its line and keeps the records before it', () => {
    const r = parseTermBaseFile('q.csv', 'zh,en\n冷战思维,Cold War mentality\n零和博弈,"zero-sum game\n多边主义,multilateralism\n');
    expect(r.concepts).toHaveLength(1);
    expect(at(r.problems)).toEqual(['q.csv:3 error bad CSV: a quoted field is never closed (missing "); the rest of the file is not read']);
  });

  it('reads the semicolon-separated CSV that Excel writes with Russian settings', () => {
    const r = parseTermBaseFile('excel.csv', 'zh;en;ru;note\r\n联合国宪章;Charter of the United Nations;Устав ООН;"Устав; never Хартия"\r\n');
    expect(r.problems).toEqual([]);
    expect(terms(r.concepts[0])).toEqual(['zh:preferred:联合国宪章', 'en:preferred:Charter of the United Nations', 'ru:preferred:Устав ООН']);
    expect(r.concepts[0]!.definition).toBe('Устав; never Хартия');
  });

  it('reads CRLF files', () => {
    const r = parseTermBaseFile('crlf.csv', 'zh,en\r\n冷战思维,Cold War mentality\r\n零和博弈,zero-sum game\r\n');
    expect(r.problems).toEqual([]);
    expect(r.concepts.map((c) => c.origin.line)).toEqual([2, 3]);
  });

  it('reports duplicate ids and loads both', () => {
    const r = parseTermBaseFile('d.csv', 'id,zh,en\nx,冷战思维,Cold War mentality\nx,零和博弈,zero-sum game\n');
    expect(r.concepts.map((c) => c.id)).toEqual(['x', 'x-2']);
    expect(at(r.problems)).toEqual(['d.csv:3 error duplicate concept id "x" (first on line 2); loaded as "x-2"']);
  });
});

describe('DeepL glossary layout', () => {
  it('takes the language pair from the file name (terms.zh-en.tsv)', () => {
    const { concepts, problems } = parse('deepl.zh-en.tsv');
    expect(problems).toEqual([]);
    expect(concepts.map(terms)).toEqual([
      ['zh:preferred:一带一路', 'en:preferred:Belt and Road'],
      ['zh:preferred:人类命运共同体', 'en:preferred:community with a shared future for mankind'],
      ['zh:preferred:大欧亚伙伴关系', 'en:preferred:Greater Eurasian Partnership'],
    ]);
    expect(concepts[2]!.origin.line).toBe(4);
  });

  it('reads source_lang,target_lang columns, and rejects an unknown language code by line', () => {
    const { concepts, problems } = parse('deepl-4col.csv');
    expect(concepts.map(terms)).toEqual([
      ['zh:preferred:上海合作组织', 'ru:preferred:Шанхайская организация сотрудничества'],
      ['zh:preferred:金砖国家', 'ru:preferred:БРИКС'],
    ]);
    expect(at(problems)).toEqual(['deepl-4col.csv:3 error unknown language code "xx-?" (expected zh, en or ru, e.g. zh-CN, en-GB, ru-RU); record skipped']);
  });

  it('says how to name the languages when it cannot tell them', () => {
    const r = parseTermBaseFile('terms.csv', '冷战思维,Cold War mentality\n');
    expect(r.concepts).toEqual([]);
    expect(at(r.problems)).toEqual([expect.stringMatching(/^terms\.csv:1 error cannot tell the languages: name the file like "terms\.zh-en\.csv"/)]);
  });

  it('names an empty term and a wrong column count', () => {
    const r = parseTermBaseFile('t.zh-ru.csv', '冷战思维,\n零和博弈,игра с нулевой суммой,лишнее\n多边主义,многосторонность\n');
    expect(r.concepts.map((c) => c.terms[0]!.text)).toEqual(['多边主义']);
    expect(at(r.problems)).toEqual([
      't.zh-ru.csv:1 error empty term (target); record skipped',
      expect.stringMatching(/^t\.zh-ru\.csv:2 error wrong column count: a DeepL glossary record has 2 fields/),
    ]);
  });
});

describe('the default glossary (glossary/*.tbx, *.csv)', () => {
  const root = join(__dirname, '..', 'glossary');
  const tbx = parseTermBaseFile('diplomatic.tbx', readFileSync(join(root, 'diplomatic.tbx'), 'utf8'));
  const csv = parseTermBaseFile('set-phrases.csv', readFileSync(join(root, 'set-phrases.csv'), 'utf8'));

  it('loads without a single problem and has at least 100 concepts, each with zh, en and ru', () => {
    expect(tbx.problems).toEqual([]);
    expect(csv.problems).toEqual([]);
    expect(tbx.concepts.length).toBeGreaterThanOrEqual(100);
    for (const c of tbx.concepts) {
      for (const lang of ['zh', 'en', 'ru'] as const) {
        expect(c.terms.filter((t) => t.lang === lang && t.status === 'preferred'), `${c.id} ${lang}`).toHaveLength(1);
      }
    }
  });

  it('round-trips through serializeTbx without losing a term, status, note or subject', () => {
    const again = parseTermBaseFile('again.tbx', serializeTbx({ concepts: tbx.concepts }));
    expect(again.problems).toEqual([]);
    expect(again.concepts.map((c) => ({ ...c, origin: null }))).toEqual(tbx.concepts.map((c) => ({ ...c, origin: null })));
  });

  it('carries the house decisions as forbidden variants', () => {
    const status = (id: string, text: string): TermStatus | undefined => tbx.concepts.find((c) => c.id === id)?.terms.find((t) => t.text === text)?.status;
    expect(status('sco', 'Shanghai Cooperation Organisation')).toBe('preferred');
    expect(status('sco', 'Shanghai Cooperation Organization')).toBe('deprecated');
    expect(status('un-charter', 'Устав ООН')).toBe('preferred');
    expect(status('un-charter', 'Хартия ООН')).toBe('deprecated');
    expect(status('president-prc', 'Президент КНР')).toBe('deprecated');
  });
});
