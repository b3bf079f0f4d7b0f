import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Concept } from '../core/glossary';
import { createGlossaryStore } from '../services/glossary-store';
import type { GlossaryStore } from '../services/glossary-store';

const CSV = 'zh,en,ru,en_forbidden,ru_forbidden\n冷战思维,Cold War mentality,менталитет холодной войны,Cold War thinking,\n零和博弈,zero-sum game,игра с нулевой суммой,,\n';
const TBX_2008 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="te-1"><langSet xml:lang="zh"><tig><term>欧亚经济联盟</term></tig></langSet>
<langSet xml:lang="en"><tig><term>Eurasian Economic Union</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
</termEntry></body></text></martif>`;

let dir: string;
let store: GlossaryStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duizhao-gstore-'));
  writeFileSync(join(dir, 'team.csv'), CSV);
  writeFileSync(join(dir, 'orgs.tbx'), TBX_2008);
  store = createGlossaryStore(dir);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const source = (r: Awaited<ReturnType<GlossaryStore['load']>>, name: string) => r.sources!.find((s) => s.name === name)!;
const conceptOf = (r: Awaited<ReturnType<GlossaryStore['load']>>, zh: string): Concept => r.termBase!.concepts.find((c) => c.terms.some((t) => t.text === zh))!;
const waitFor = async (ok: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
};

describe('glossary store', () => {
  it('lists each file with its format and a content hash', async () => {
    const loaded = await store.load([dir]);
    expect(loaded.sources!.map((s) => [s.name, s.format, s.concepts, s.editable])).toEqual([
      ['orgs.tbx', 'TBX v2', 1, true],
      ['team.csv', 'CSV', 2, true],
    ]);
    expect(source(loaded, 'team.csv').hash).toMatch(/^[0-9a-f]{32}$/);
  });

  it('writes an edit back to the file it came from, in its format, keeping the other concepts', async () => {
    const loaded = await store.load([dir]);
    const concept = conceptOf(loaded, '零和博弈');
    const edited: Concept = { ...concept, terms: [...concept.terms, { text: 'zero sum', lang: 'en', status: 'deprecated' }] };
    const result = await store.saveConcept({ file: concept.origin.file, baseHash: source(loaded, 'team.csv').hash, previousId: concept.id, concept: edited, force: false });
    expect(result.status).toBe('saved');
    const text = readFileSync(join(dir, 'team.csv'), 'utf8');
    expect(text).toBe('zh,en,ru,en_forbidden,ru_forbidden\n冷战思维,Cold War mentality,менталитет холодной войны,Cold War thinking,\n零和博弈,zero-sum game,игра с нулевой суммой,zero sum,\n');
    const again = await store.load([dir]);
    expect(source(again, 'team.csv').hash).toBe(result.hash);
  });

  it('adds a concept to a TBX 2008 file and keeps it TBX 2008', async () => {
    const loaded = await store.load([dir]);
    const file = join(dir, 'orgs.tbx');
    const concept: Concept = { id: 'new-1', terms: [{ text: '东盟', lang: 'zh', status: 'preferred' }, { text: 'ASEAN', lang: 'en', status: 'preferred' }], origin: { file, line: 0 } };
    expect((await store.saveConcept({ file, baseHash: source(loaded, 'orgs.tbx').hash, previousId: null, concept, force: false })).status).toBe('saved');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/<martif /);
    expect(text).toMatch(/<termEntry id="te-1">/);
    expect(text).toMatch(/<termEntry id="new-1">[\s\S]*<term>ASEAN<\/term>/);
  });

  it('never writes over a file changed on disk since it was read: conflict first, then the edit into the file as it is now', async () => {
    const loaded = await store.load([dir]);
    const concept = conceptOf(loaded, '冷战思维');
    // A teammate adds a concept meanwhile.
    writeFileSync(join(dir, 'team.csv'), `${CSV}东盟,ASEAN,АСЕАН,,\n`);
    const edited: Concept = { ...concept, terms: concept.terms.map((t) => (t.text === 'Cold War mentality' ? { ...t, text: 'Cold War mindset' } : t)) };
    const request = { file: concept.origin.file, baseHash: source(loaded, 'team.csv').hash, previousId: concept.id, concept: edited, force: false };
    const conflict = await store.saveConcept(request);
    expect(conflict.status).toBe('conflict');
    expect(conflict.status === 'conflict' && conflict.message).toMatch(/team\.csv was changed on disk/);
    expect(conflict.status === 'conflict' && conflict.theirs?.terms.map((t) => t.text)).toContain('Cold War mentality');
    expect(readFileSync(join(dir, 'team.csv'), 'utf8')).toContain('东盟,ASEAN');
    expect((await store.saveConcept({ ...request, force: true })).status).toBe('saved');
    const text = readFileSync(join(dir, 'team.csv'), 'utf8');
    expect(text).toContain('冷战思维,Cold War mindset,');
    expect(text).toContain('东盟,ASEAN,АСЕАН');
  });

  it('deletes a concept; refuses files it did not load and files with unreadable records', async () => {
    writeFileSync(join(dir, 'broken.csv'), 'zh,en\n,no Chinese\n核共享,nuclear sharing\n');
    const loaded = await store.load([dir]);
    const concept = conceptOf(loaded, '零和博弈');
    expect((await store.deleteConcept({ file: concept.origin.file, baseHash: source(loaded, 'team.csv').hash, id: concept.id, force: false })).status).toBe('saved');
    expect(readFileSync(join(dir, 'team.csv'), 'utf8')).not.toContain('零和博弈');
    await expect(store.deleteConcept({ file: '/etc/passwd', baseHash: 'x', id: 'x', force: true })).rejects.toThrow(/not a glossary file Duizhao has loaded/);
    expect(source(loaded, 'broken.csv').editable).toBe(false);
    const broken = conceptOf(loaded, '核共享');
    await expect(store.saveConcept({ file: broken.origin.file, baseHash: source(loaded, 'broken.csv').hash, previousId: broken.id, concept: broken, force: false })).rejects.toThrow(/broken\.csv line 2: .*Fix the file first/);
    expect(readFileSync(join(dir, 'broken.csv'), 'utf8')).toBe('zh,en\n,no Chinese\n核共享,nuclear sharing\n');
  });

  it('notices a change made by another process in the watched folder', async () => {
    await store.load([dir]);
    const before = store.poll();
    writeFileSync(join(dir, 'team.csv'), `${CSV}东盟,ASEAN,АСЕАН,,\n`);
    await waitFor(() => store.poll() > before);
    expect(store.poll()).toBeGreaterThan(before);
  });

  it('previews an import (new, changed, conflicts) and imports with the conflicts resolved', async () => {
    await store.load([dir]);
    const incoming = 'zh,en,ru\n冷战思维,Cold War mindset,менталитет холодной войны\n东盟,ASEAN,АСЕАН\n零和博弈,zero-sum game,игра с нулевой суммой|игра с нулевым результатом\n';
    const bytes = new TextEncoder().encode(incoming);
    const preview = await store.importPreview('partner.csv', bytes);
    expect(preview.added).toEqual([{ zh: '东盟', en: 'ASEAN', ru: 'АСЕАН' }]);
    expect(preview.changed).toEqual([{ zh: '零和博弈', currentFile: 'team.csv', newTerms: ['ru: игра с нулевым результатом (admitted)'] }]);
    expect(preview.conflicts).toEqual([{ zh: '冷战思维', lang: 'en', current: 'Cold War mentality', currentFile: 'team.csv', incoming: 'Cold War mindset' }]);
    await expect(store.importFile('partner.csv', bytes, [])).rejects.toThrow(/Choose a rendering for 冷战思维/);
    const done = await store.importFile('partner.csv', bytes, [{ zh: '冷战思维', lang: 'en', choice: 'theirs' }]);
    expect(done).toEqual({ written: 'partner.csv', concepts: 2, replaced: 1 });
    expect(readFileSync(join(dir, 'partner.csv'), 'utf8')).not.toContain('冷战思维');
    expect(readFileSync(join(dir, 'team.csv'), 'utf8')).toContain('冷战思维,Cold War mindset|Cold War mentality,');
    const again = await store.importFile('partner.csv', bytes, [{ zh: '冷战思维', lang: 'en', choice: 'keep' }]);
    expect(again.written).toBe(null);
  });
});
