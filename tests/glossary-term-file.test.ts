import { describe, expect, it } from 'vitest';
import { detectTermFileFormat, diffImport, parseTermBaseFile, preferRendering, serializeTermFile } from '../core/glossary';
import type { Concept } from '../core/glossary';

const TBX_2008 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="te-1"><descrip type="subjectField">organisations</descrip>
<langSet xml:lang="zh"><tig><term>欧亚经济联盟</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
<langSet xml:lang="en"><tig><term>Eurasian Economic Union</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>EEU</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><note>The Union writes EAEU.</note></tig></langSet>
</termEntry></body></text></martif>`;

const TBX_2019 = `<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="c-1"><langSec xml:lang="zh"><termSec><term>东盟</term></termSec></langSec>
<langSec xml:lang="en"><termSec><term>ASEAN</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
</body></text></tbx>`;

const CSV = 'zh,en,ru,en_forbidden,ru_forbidden,subject\n冷战思维,Cold War mentality,менталитет холодной войны,"Cold War thinking, old style",,ideology\n零和博弈,zero-sum game|zero-sum approach,игра с нулевой суммой,,,\n';

/** What the reader makes of a file: concepts without their line numbers (a rewrite moves lines). */
function read(name: string, text: string): Array<Omit<Concept, 'origin'>> {
  const parsed = parseTermBaseFile(name, text);
  expect(parsed.problems).toEqual([]);
  return parsed.concepts.map(({ origin: _origin, ...rest }) => rest);
}

describe('detectTermFileFormat', () => {
  it('tells TBX 2008 from 2019, the header layout from DeepL pairs, and TSV by name', () => {
    expect(detectTermFileFormat('a.tbx', TBX_2008)).toEqual({ kind: 'tbx', version: 2008 });
    expect(detectTermFileFormat('a.tbx', TBX_2019)).toEqual({ kind: 'tbx', version: 2019 });
    expect(detectTermFileFormat('a.csv', CSV)).toEqual({ kind: 'delimited', delimiter: ',', layout: 'header' });
    expect(detectTermFileFormat('a.tsv', 'zh\ten\n')).toEqual({ kind: 'delimited', delimiter: '\t', layout: 'header' });
    expect(detectTermFileFormat('t.zh-en.csv', '零和博弈,zero-sum game\n')).toEqual({ kind: 'delimited', delimiter: ',', layout: 'deepl', target: 'en', bom: false });
    expect(detectTermFileFormat('new.csv', '')).toMatchObject({ layout: 'header' });
  });
});

describe('serializeTermFile', () => {
  for (const [name, text] of [['v2.tbx', TBX_2008], ['v3.tbx', TBX_2019], ['terms.csv', CSV], ['terms.tsv', CSV.replace(/,/g, '\t').replace('"Cold War thinking\t old style"', 'Cold War thinking, old style')]] as const) {
    it(`${name}: writing what was read reads back the same concepts, in the same format`, () => {
      const format = detectTermFileFormat(name, text);
      const concepts = parseTermBaseFile(name, text).concepts;
      const written = serializeTermFile(name, format, concepts);
      expect(detectTermFileFormat(name, written)).toEqual(format);
      expect(read(name, written)).toEqual(read(name, text));
    });
  }

  it('keeps TBX 2008 as martif and 2019 as tbx', () => {
    const v2 = serializeTermFile('v2.tbx', { kind: 'tbx', version: 2008 }, parseTermBaseFile('v2.tbx', TBX_2008).concepts);
    expect(v2).toMatch(/<martif /);
    expect(v2).toMatch(/<termEntry id="te-1">/);
    const v3 = serializeTermFile('v3.tbx', { kind: 'tbx', version: 2019 }, parseTermBaseFile('v3.tbx', TBX_2019).concepts);
    expect(v3).toMatch(/<tbx /);
  });

  it('writes an id column only when an id is not the default one', () => {
    const concepts = parseTermBaseFile('terms.csv', CSV).concepts;
    expect(serializeTermFile('terms.csv', { kind: 'delimited', delimiter: ',', layout: 'header' }, concepts).split('\n')[0]).not.toMatch(/^id,/);
    concepts[0]!.id = 'cw-1';
    const written = serializeTermFile('terms.csv', { kind: 'delimited', delimiter: ',', layout: 'header' }, concepts);
    expect(written.split('\n')[0]).toMatch(/^id,zh,/);
    expect(parseTermBaseFile('terms.csv', written).concepts[0]!.id).toBe('cw-1');
  });

  it('writes a DeepL pair file back as source,target records', () => {
    const concepts = parseTermBaseFile('t.zh-ru.csv', '零和博弈,игра с нулевой суммой\n冷战思维,"менталитет, холодной войны"\n').concepts;
    const written = serializeTermFile('t.zh-ru.csv', { kind: 'delimited', delimiter: ',', layout: 'deepl', target: 'ru', bom: false }, concepts);
    expect(written).toBe('零和博弈,игра с нулевой суммой\n冷战思维,"менталитет, холодной войны"\n');
  });
});

describe('diffImport', () => {
  const current = parseTermBaseFile('team.csv', CSV).concepts;
  it('sorts an import into new, changed, conflicting and unchanged concepts', () => {
    const incoming = parseTermBaseFile('in.csv', 'zh,en,ru,en_forbidden\n冷战思维,Cold War mindset,менталитет холодной войны,\n零和博弈,zero-sum game,игра с нулевой суммой,zero sum\n东盟,ASEAN,АСЕАН,\n').concepts;
    const diff = diffImport(current, incoming);
    expect(diff.added.map((c) => c.terms[0]!.text)).toEqual(['东盟']);
    expect(diff.conflicts).toEqual([{ zh: '冷战思维', lang: 'en', current: 'Cold War mentality', currentFile: 'team.csv', incoming: 'Cold War mindset' }]);
    expect(diff.changed).toMatchObject([{ zh: '零和博弈', currentFile: 'team.csv', newTerms: ['en: zero sum (forbidden)'] }]);
    expect(diff.unchanged).toBe(0);
    expect(diffImport(current, current).unchanged).toBe(2);
  });

  it('preferRendering makes the imported rendering preferred and keeps the old one as admitted', () => {
    const next = preferRendering(current[0]!, 'en', 'Cold War mindset');
    expect(next.terms.filter((t) => t.lang === 'en').map((t) => [t.text, t.status])).toEqual([
      ['Cold War mindset', 'preferred'],
      ['Cold War mentality', 'admitted'],
      ['Cold War thinking, old style', 'deprecated'],
    ]);
  });
});
