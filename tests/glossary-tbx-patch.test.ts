import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTermBaseFile } from '../core/glossary';
import type { Concept } from '../core/glossary';
import { locateTbxEntries } from '../core/glossary/tbx-patch';
import { keepEntryComments } from '../core/glossary/tbx-entry-comments';
import { createGlossaryStore } from '../services/glossary-store';
import type { GlossaryStore } from '../services/glossary-store';

// An edit rewrites only the entry it changed: the team's comments, header and elements Duizhao does
// not read survive (decision 0009).
const V3 = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Team glossary: ask Olga before changing the arms-control terms. -->
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>Team file</p></sourceDesc></fileDesc><encodingDesc><p type="XCSURI">TBXBasic.xcs</p></encodingDesc></tbxHeader>
  <text>
  <body>
    <!-- <conceptEntry id="draft"> commented out, not an entry </conceptEntry> -->
    <conceptEntry id="c1">
      <langSec xml:lang="zh"><termSec><term>冷战思维</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Cold War mentality</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
      <xref target="https://example.org/c1">source</xref>
    </conceptEntry>
    <!-- set phrases below -->
    <conceptEntry id="c2">
      <langSec xml:lang="zh"><termSec><term>零和博弈</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>zero-sum game</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="c3">
      <langSec xml:lang="zh"><termSec><term>战略稳定</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>strategic stability</term></termSec></langSec>
    </conceptEntry>
  </body>
  </text>
</tbx>
`;
const V2 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><!-- kept -->
<martifHeader><fileDesc><sourceDesc><p>v2</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="e1"><langSet xml:lang="zh"><tig><term>欧亚经济联盟</term></tig></langSet><langSet xml:lang="en"><tig><term>Eurasian Economic Union</term></tig></langSet><admin type="source">MFA</admin></termEntry>
<termEntry id="e2"><langSet xml:lang="zh"><tig><term>东盟</term></tig></langSet><langSet xml:lang="en"><tig><term>ASEAN</term></tig></langSet></termEntry>
</body></text></martif>
`;

let dir: string;
let store: GlossaryStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duizhao-tbx-patch-'));
  store = createGlossaryStore(dir);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function loaded(name: string, text: string) {
  writeFileSync(join(dir, name), text);
  const r = await store.load([dir]);
  const file = join(dir, name);
  return { file, hash: r.sources!.find((s) => s.name === name)!.hash, concept: (id: string): Concept => r.termBase!.concepts.find((c) => c.id === id)! };
}
const withEn = (c: Concept, en: string): Concept => ({ ...c, terms: c.terms.map((t) => (t.lang === 'en' ? { ...t, text: en } : t)) });

describe('TBX edits keep what Duizhao does not read', () => {
  it('finds entries in document order, not those inside comments', () => {
    expect(locateTbxEntries(V3)!.map((e) => e.id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('an edit rewrites only its entry: comments, header, an unknown element elsewhere stay byte for byte', async () => {
    const f = await loaded('team.tbx', V3);
    const result = await store.saveConcept({ file: f.file, baseHash: f.hash, previousId: 'c2', concept: withEn(f.concept('c2'), 'zero-sum approach'), force: false });
    expect(result.status).toBe('saved');
    const text = readFileSync(f.file, 'utf8');
    for (const kept of ['<!-- Team glossary: ask Olga before changing the arms-control terms. -->', '<!-- <conceptEntry id="draft"> commented out, not an entry </conceptEntry> -->', '<!-- set phrases below -->', '<encodingDesc><p type="XCSURI">TBXBasic.xcs</p></encodingDesc>', '<xref target="https://example.org/c1">source</xref>']) {
      expect(text).toContain(kept);
    }
    // Only the c2 entry differs from the original.
    const [before, after] = [V3.split('<conceptEntry id="c2">'), text.split('<conceptEntry id="c2">')];
    expect(after[0]).toBe(before[0]);
    expect(after[1]!.slice(after[1]!.indexOf('<conceptEntry id="c3">'))).toBe(before[1]!.slice(before[1]!.indexOf('<conceptEntry id="c3">')));
    expect(parseTermBaseFile('team.tbx', text).concepts.map((c) => c.terms.find((t) => t.lang === 'en')!.text)).toEqual(['Cold War mentality', 'zero-sum approach', 'strategic stability']);
  });

  it('a delete removes the entry and its line; an added concept goes after the last entry', async () => {
    let f = await loaded('team.tbx', V3);
    expect((await store.deleteConcept({ file: f.file, baseHash: f.hash, id: 'c3', force: false })).status).toBe('saved');
    let text = readFileSync(f.file, 'utf8');
    expect(text).not.toContain('战略稳定');
    expect(text).toContain('    </conceptEntry>\n  </body>');
    f = await loaded('team.tbx', text);
    const added: Concept = { id: 'new', terms: [{ text: '核共享', lang: 'zh', status: 'preferred' }, { text: 'nuclear sharing', lang: 'en', status: 'preferred' }], origin: { file: f.file, line: 0 } };
    expect((await store.saveConcept({ file: f.file, baseHash: f.hash, previousId: null, concept: added, force: false })).status).toBe('saved');
    text = readFileSync(f.file, 'utf8');
    expect(text).toContain('<!-- set phrases below -->');
    expect(parseTermBaseFile('team.tbx', text).concepts.map((c) => c.terms[0]!.text)).toEqual(['冷战思维', '零和博弈', '核共享']);
  });

  it('TBX v2 (martif) the same way', async () => {
    const f = await loaded('orgs.tbx', V2);
    expect((await store.saveConcept({ file: f.file, baseHash: f.hash, previousId: 'e2', concept: withEn(f.concept('e2'), 'Association of Southeast Asian Nations'), force: false })).status).toBe('saved');
    const text = readFileSync(f.file, 'utf8');
    expect(text).toContain('<martif type="TBX-Basic" xml:lang="en"><!-- kept -->');
    expect(text).toContain('<admin type="source">MFA</admin></termEntry>');
    expect(text).toContain('<termEntry id="e2">');
    expect(parseTermBaseFile('orgs.tbx', text).concepts[1]!.terms.find((t) => t.lang === 'en')!.text).toBe('Association of Southeast Asian Nations');
  });

  it('entries without ids cannot be matched: the whole file is written (comments lost, as before)', async () => {
    const f = await loaded('noids.tbx', V3.replace(/ id="c\d"/g, ''));
    const id = f.concept('noids.tbx:零和博弈') ? 'noids.tbx:零和博弈' : '';
    expect((await store.saveConcept({ file: f.file, baseHash: f.hash, previousId: id, concept: withEn(f.concept(id), 'zero-sum approach'), force: false })).status).toBe('saved');
    const text = readFileSync(f.file, 'utf8');
    expect(text).not.toContain('ask Olga');
    expect(parseTermBaseFile('noids.tbx', text).concepts).toHaveLength(3);
  });

  it('an edited entry keeps its own comments: at its term, its language section, or the entry', async () => {
    const commented = V3.replace(
      `    <conceptEntry id="c2">
      <langSec xml:lang="zh"><termSec><term>零和博弈</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>zero-sum game</term>`,
      `    <conceptEntry id="c2">
      <!-- checked against the 2025 joint statement -->
      <langSec xml:lang="zh"><termSec><!-- also 零和游戏 in older texts --><term>零和博弈</term></termSec></langSec>
      <langSec xml:lang="en"><!-- US spelling --><termSec><!-- Olga: avoid in speeches --><term>zero-sum game</term>`,
    );
    const f = await loaded('team.tbx', commented);
    const result = await store.saveConcept({ file: f.file, baseHash: f.hash, previousId: 'c2', concept: withEn(f.concept('c2'), 'zero-sum approach'), force: false });
    expect(result.status).toBe('saved');
    const text = readFileSync(f.file, 'utf8');
    const entry = text.slice(text.indexOf('<conceptEntry id="c2">'), text.indexOf('</conceptEntry>', text.indexOf('<conceptEntry id="c2">')));
    // The entry's and the Chinese term's comments stay where they were; the English term was
    // renamed, so its comment moves up to the English section, after that section's own comment.
    expect(entry.indexOf('<!-- checked against the 2025 joint statement -->')).toBeLessThan(entry.indexOf('<langSec'));
    const zhTerm = entry.slice(entry.indexOf('<langSec xml:lang="zh">'), entry.indexOf('</langSec>'));
    expect(zhTerm).toMatch(/<termSec>\s*<!-- also 零和游戏 in older texts -->\s*<term>零和博弈<\/term>/u);
    const en = entry.slice(entry.indexOf('<langSec xml:lang="en">'));
    expect(en).toMatch(/<langSec xml:lang="en">\s*<!-- US spelling -->\s*<!-- Olga: avoid in speeches -->\s*<termSec>\s*<term>zero-sum approach<\/term>/u);
    expect(parseTermBaseFile('team.tbx', text).concepts.map((c) => c.terms.find((t) => t.lang === 'en')!.text)).toEqual(['Cold War mentality', 'zero-sum approach', 'strategic stability']);
  });

  it('comments of an entry on one line (TBX v2) go back inline; a tag inside a comment is not read as a section', () => {
    const old = '<termEntry id="e2"><!-- <langSet xml:lang="ru"> not yet --><langSet xml:lang="en"><tig><!-- acronym --><term>ASEAN</term></tig></langSet></termEntry>';
    const next = '<termEntry id="e2"><langSet xml:lang="en"><tig><term>ASEAN</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig></langSet></termEntry>';
    expect(keepEntryComments(old, next)).toBe('<termEntry id="e2"><!-- <langSet xml:lang="ru"> not yet --><langSet xml:lang="en"><tig><!-- acronym --><term>ASEAN</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig></langSet></termEntry>');
    expect(keepEntryComments(next, next)).toBe(next);
  });
});
