import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTermMatcher, mergeTermBases, parseTermBaseFile } from '../core/glossary';
import { runChecks } from '../core/qa';
import { makeProject } from './fixtures/qa/make-project';

/** Issue 15 point 4: TBX v3 in DCT style, definitions of skipped languages, "obsolete". */
const DCA = readFileSync(join(__dirname, '..', 'glossary', 'diplomatic.tbx'), 'utf8');

/** The same term base in DCT style: each data category becomes an element of its module's namespace. */
function toDct(dca: string): string {
  return dca
    .replace('style="dca"', 'style="dct" xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic"')
    .replace(/<termNote type="administrativeStatus">([^<]*)<\/termNote>/g, '<min:administrativeStatus>$1</min:administrativeStatus>')
    .replace(/<descrip type="subjectField">([^<]*)<\/descrip>/g, '<min:subjectField>$1</min:subjectField>')
    .replace(/<descrip type="definition">([^<]*)<\/descrip>/g, '<basic:definition>$1</basic:definition>');
}

describe('TBX v3 DCT style', () => {
  it('reads the project glossary rewritten as DCT exactly as the DCA original: statuses, subjects', () => {
    const dct = toDct(DCA);
    expect(dct).toContain('<min:administrativeStatus>deprecatedTerm-admn-sts</min:administrativeStatus>');
    expect(dct).not.toContain('termNote');
    const a = parseTermBaseFile('diplomatic.tbx', DCA);
    const b = parseTermBaseFile('diplomatic.tbx', dct);
    expect(b.problems).toEqual([]);
    expect(b.concepts).toEqual(a.concepts);
    const forbidden = b.concepts.flatMap((c) => c.terms).filter((t) => t.status === 'deprecated');
    expect(forbidden.length).toBeGreaterThan(10);
  });

  it('flags the same forbidden terms in a translation with either style', () => {
    const forbiddenIn = (tbx: string) => {
      const matcher = createTermMatcher(mergeTermBases([parseTermBaseFile('diplomatic.tbx', tbx)]).termBase);
      const project = makeProject({ en: [['双方反对冷战思维和零和博弈。', 'The sides oppose Cold War thinking and zero-sum games.']] });
      return runChecks(project, { matcher }).filter((f) => f.check === 'glossary.forbidden-term').map((f) => f.message);
    };
    const dca = forbiddenIn(DCA);
    expect(dca.length).toBeGreaterThan(0);
    expect(forbiddenIn(toDct(DCA))).toEqual(dca);
  });

  it('reads a hand-written DCT entry: status, subject and definition elements with any prefix', () => {
    const r = parseTermBaseFile('d.tbx', `<tbx type="TBX-Basic" style="dct" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:m="http://www.tbxinfo.net/ns/min" xmlns:b="http://www.tbxinfo.net/ns/basic"><text><body>
<conceptEntry id="c1"><m:subjectField>security</m:subjectField><b:definition>A state of balance.</b:definition>
<langSec xml:lang="zh"><termSec><term>战略稳定</term><m:administrativeStatus>preferredTerm-admn-sts</m:administrativeStatus></termSec></langSec>
<langSec xml:lang="en"><termSec><term>strategic stability</term><m:administrativeStatus>preferredTerm-admn-sts</m:administrativeStatus></termSec>
<termSec><term>strategic balance</term><m:administrativeStatus>deprecatedTerm-admn-sts</m:administrativeStatus></termSec></langSec>
</conceptEntry></body></text></tbx>`);
    expect(r.problems).toEqual([]);
    expect(r.concepts[0]).toMatchObject({ subject: 'security', definition: 'A state of balance.' });
    expect(r.concepts[0]!.terms.map((t) => `${t.lang}:${t.status}:${t.text}`)).toEqual(['zh:preferred:战略稳定', 'en:preferred:strategic stability', 'en:deprecated:strategic balance']);
  });
});

describe('definitions by language', () => {
  const entry = (sections: string) =>
    parseTermBaseFile('t.tbx', `<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c">${sections}
<langSec xml:lang="zh"><termSec><term>战略稳定</term></termSec></langSec></conceptEntry></body></text></tbx>`);

  it('a definition in a skipped language never overwrites the English one, before or after it', () => {
    const en = '<langSec xml:lang="en"><descrip type="definition">English definition.</descrip><termSec><term>strategic stability</term></termSec></langSec>';
    const de = '<langSec xml:lang="de"><descrip type="definition">Deutsche Definition.</descrip><termSec><term>strategische Stabilität</term></termSec></langSec>';
    expect(entry(en + de).concepts[0]!.definition).toBe('English definition.');
    expect(entry(de + en).concepts[0]!.definition).toBe('English definition.');
    expect(entry(de).concepts[0]!.definition).toBeUndefined();
  });

  it("the concept's own definition wins over a language's, English over Russian", () => {
    const ru = '<langSec xml:lang="ru"><descrip type="definition">Русское определение.</descrip><termSec><term>стратегическая стабильность</term></termSec></langSec>';
    const en = '<langSec xml:lang="en"><descrip type="definition">English definition.</descrip><termSec><term>strategic stability</term></termSec></langSec>';
    expect(entry(ru + en).concepts[0]!.definition).toBe('English definition.');
    expect(entry(`<descrip type="definition">Concept definition.</descrip>${en}`).concepts[0]!.definition).toBe('Concept definition.');
  });
});
