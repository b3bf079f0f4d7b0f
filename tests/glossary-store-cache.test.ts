import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as glossary from '../core/glossary';
import { loadGlossaryFiles } from '../services/glossary-files';
import { createGlossaryStore } from '../services/glossary-store';
import { readRegularFile } from '../services/read-file';
import type * as readFile from '../services/read-file';
import type { GlossaryStore } from '../services/glossary-store';

// Count the parses the store asks for, per file, and the merges; the parser and the merge are the real ones.
vi.mock('../core/glossary', async (importOriginal) => {
  const real = await importOriginal<typeof glossary>();
  return { ...real, parseTermBaseFile: vi.fn(real.parseTermBaseFile), mergeTermBases: vi.fn(real.mergeTermBases) };
});
// Count the file reads too (the real reader), per path.
vi.mock('../services/read-file', async (importOriginal) => {
  const real = await importOriginal<typeof readFile>();
  return { ...real, readRegularFile: vi.fn(real.readRegularFile) };
});
const reads = (file: string): number => vi.mocked(readRegularFile).mock.calls.filter(([f]) => f === file).length;
const parses = (file: string): number => vi.mocked(glossary.parseTermBaseFile).mock.calls.filter(([f]) => f === file).length;
const merges = (): number => vi.mocked(glossary.mergeTermBases).mock.calls.length;

const CSV = 'zh,en,ru\n冷战思维,Cold War mentality,менталитет холодной войны\n零和博弈,zero-sum game,игра с нулевой суммой\n';
const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="te-1"><langSet xml:lang="zh"><tig><term>欧亚经济联盟</term></tig></langSet>
<langSet xml:lang="en"><tig><term>Eurasian Economic Union</term></tig></langSet>
</termEntry></body></text></martif>`;

let dir: string;
let store: GlossaryStore;
beforeEach(() => {
  vi.mocked(glossary.parseTermBaseFile).mockClear();
  vi.mocked(glossary.mergeTermBases).mockClear();
  vi.mocked(readRegularFile).mockClear();
  dir = mkdtempSync(join(tmpdir(), 'duizhao-gcache-'));
  writeFileSync(join(dir, 'team.csv'), CSV);
  writeFileSync(join(dir, 'orgs.tbx'), TBX);
  store = createGlossaryStore(dir);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const english = (r: Awaited<ReturnType<GlossaryStore['load']>>): string[] =>
  r.termBase!.concepts.flatMap((c) => c.terms.filter((t) => t.lang === 'en').map((t) => t.text)).sort();
const waitFor = async (ok: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
};

describe('glossary store: an unchanged file is parsed once', () => {
  it('a second project over the same folder reuses the parse (and a project file of its own is read)', async () => {
    const first = await store.load([dir]);
    const projectDir = mkdtempSync(join(tmpdir(), 'duizhao-gcache-project-'));
    try {
      const own = join(projectDir, 'own.csv');
      writeFileSync(own, 'zh,en\n东盟,ASEAN\n');
      const second = await store.load([dir, own]);
      expect(parses(join(dir, 'team.csv'))).toBe(1);
      expect(parses(join(dir, 'orgs.tbx'))).toBe(1);
      expect(parses(own)).toBe(1);
      expect(english(second)).toEqual([...english(first), 'ASEAN'].sort());
      // Same bytes, same hash: an edit's base hash from the first load still holds.
      expect(second.sources!.find((s) => s.name === 'team.csv')!.hash).toBe(first.sources!.find((s) => s.name === 'team.csv')!.hash);
    } finally {
      rmSync(projectDir, { recursive: true, force: true });
    }
  });

  it('a file changed on disk is parsed again and its new term is visible', async () => {
    await store.load([dir]);
    writeFileSync(join(dir, 'team.csv'), `${CSV}东盟,ASEAN,АСЕАН\n`);
    const again = await store.load([dir]);
    expect(parses(join(dir, 'team.csv'))).toBe(2);
    expect(parses(join(dir, 'orgs.tbx'))).toBe(1);
    expect(english(again)).toContain('ASEAN');
  });

  it('an edit that keeps size and modification time is still seen, through the watcher', async () => {
    const file = join(dir, 'team.csv');
    // A whole second, as a coarse-grained file system keeps it, so the time can be set back exactly.
    const second = 1_700_000_000;
    utimesSync(file, second, second);
    await store.load([dir]);
    const before = store.poll();
    // Same length, other term, same time.
    writeFileSync(file, CSV.replace('zero-sum game', 'zero-sum gain'));
    utimesSync(file, second, second);
    expect(statSync(file).size).toBe(Buffer.byteLength(CSV));
    expect(statSync(file).mtimeMs).toBe(second * 1000);
    await waitFor(() => store.poll() > before);
    const again = await store.load([dir]);
    expect(english(again)).toContain('zero-sum gain');
    expect(english(again)).not.toContain('zero-sum game');
  });

  it('a broken file reports its file and line on every load, read from the cache or not', async () => {
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'zh,en\n,no Chinese\n核共享,nuclear sharing\n');
    const first = await store.load([dir]);
    const second = await store.load([dir]);
    expect(parses(broken)).toBe(1);
    for (const loaded of [first, second]) {
      expect(loaded.problems.filter((p) => p.file === broken).map((p) => p.line)).toEqual([2]);
      expect(english(loaded)).toContain('nuclear sharing');
    }
  });

  it('a folder loaded after another is read again when it comes back (only the last load stays cached)', async () => {
    const other = mkdtempSync(join(tmpdir(), 'duizhao-gcache-other-'));
    try {
      writeFileSync(join(other, 'other.csv'), 'zh,en\n东盟,ASEAN\n');
      await store.load([dir]);
      await store.load([other]);
      await store.load([dir]);
      expect(parses(join(dir, 'team.csv'))).toBe(2);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('glossary store: an unchanged file set is merged once', () => {
  it('a second project over the same folder gets the same merged term base without a merge', async () => {
    const first = await store.load([dir]);
    const second = await store.load([dir]);
    expect(merges()).toBe(1);
    expect(second.termBase).toBe(first.termBase);
    expect(second.sources).toEqual(first.sources);
    expect(english(second)).toEqual(['Cold War mentality', 'Eurasian Economic Union', 'zero-sum game']);
  });

  it('another file set is merged again, and so is the first when it comes back', async () => {
    const projectDir = mkdtempSync(join(tmpdir(), 'duizhao-gcache-project-'));
    try {
      const own = join(projectDir, 'own.csv');
      writeFileSync(own, 'zh,en\n东盟,ASEAN\n');
      const team = await store.load([dir]);
      const withOwn = await store.load([dir, own]);
      const back = await store.load([dir]);
      expect(merges()).toBe(3);
      expect(english(withOwn)).toEqual([...english(team), 'ASEAN'].sort());
      expect(english(back)).toEqual(english(team));
      // A path that is gone is a problem of that load only; the files that are there merge as before.
      const missing = await store.load([dir, join(projectDir, 'gone.csv')]);
      expect(missing.problems.map((p) => [p.file, p.message])).toEqual([[join(projectDir, 'gone.csv'), 'term base file not found']]);
      expect(english(missing)).toEqual(english(team));
    } finally {
      rmSync(projectDir, { recursive: true, force: true });
    }
  });

  it('an edit the watcher reports (same size and time) is merged again', async () => {
    const file = join(dir, 'team.csv');
    const second = 1_700_000_000;
    utimesSync(file, second, second);
    await store.load([dir]);
    await store.load([dir]);
    const before = store.poll();
    writeFileSync(file, CSV.replace('zero-sum game', 'zero-sum gain'));
    utimesSync(file, second, second);
    await waitFor(() => store.poll() > before);
    const again = await store.load([dir]);
    expect(merges()).toBe(2);
    expect(english(again)).toContain('zero-sum gain');
    expect(english(again)).not.toContain('zero-sum game');
  });

  it("a concept saved through the store is in the next load's merge", async () => {
    const first = await store.load([dir]);
    const source = first.sources!.find((s) => s.name === 'team.csv')!;
    const concept = first.termBase!.concepts.find((c) => c.terms.some((t) => t.text === 'zero-sum game'))!;
    const saved = await store.saveConcept({
      file: source.file,
      baseHash: source.hash,
      previousId: concept.id,
      concept: { ...concept, terms: concept.terms.map((t) => (t.text === 'zero-sum game' ? { ...t, text: 'zero-sum contest' } : t)) },
      force: false,
    });
    expect(saved.status).toBe('saved');
    const again = await store.load([dir]);
    expect(english(again)).toContain('zero-sum contest');
    expect(english(again)).not.toContain('zero-sum game');
    // The first load's term base was not changed under its holder.
    expect(english(first)).toContain('zero-sum game');
  });
});

describe('glossary store: a caller that holds the merge does not get it again', () => {
  it('naming the held merge gives no term base, and the same identity, sources and problems', async () => {
    const first = await store.load([dir]);
    expect(first.merged).toMatch(/^[0-9a-f]{32}$/);
    const again = await store.load([dir], undefined, first.merged);
    expect(again.termBase).toBeNull();
    expect(again.merged).toBe(first.merged);
    expect(again.sources).toEqual(first.sources);
    expect(again.problems).toEqual(first.problems);
    // Nothing named, or another identity: the term base comes.
    expect((await store.load([dir])).termBase).not.toBeNull();
    expect((await store.load([dir], undefined, 'f'.repeat(32))).termBase).not.toBeNull();
  });

  it('a file changed on disk since gives a new identity and the term base with the change', async () => {
    const first = await store.load([dir]);
    writeFileSync(join(dir, 'team.csv'), `${CSV}东盟,ASEAN,АСЕАН\n`);
    const changed = await store.load([dir], undefined, first.merged);
    expect(changed.merged).not.toBe(first.merged);
    expect(english(changed)).toContain('ASEAN');
  });

  it('the same files with another one beside them are another merge', async () => {
    const first = await store.load([dir]);
    const projectDir = mkdtempSync(join(tmpdir(), 'duizhao-gcache-project-'));
    try {
      const own = join(projectDir, 'own.csv');
      writeFileSync(own, 'zh,en\n东盟,ASEAN\n');
      const withOwn = await store.load([dir, own], undefined, first.merged);
      expect(withOwn.merged).not.toBe(first.merged);
      expect(english(withOwn)).toContain('ASEAN');
    } finally {
      rmSync(projectDir, { recursive: true, force: true });
    }
  });

  it('a load with a file that cannot be read has no identity to hold', async () => {
    writeFileSync(join(dir, 'latin1.csv'), Buffer.from([0x7a, 0x68, 0x2c, 0x65, 0x6e, 0x0a, 0xe9, 0x2c, 0x78, 0x0a]));
    const first = await store.load([dir]);
    expect(first.problems.some((p) => p.file === join(dir, 'latin1.csv'))).toBe(true);
    expect(first.merged).toBeUndefined();
    expect((await store.load([dir], undefined, first.merged)).termBase).not.toBeNull();
  });

  it('a file that cannot be read is read once, and reported as a plain load reports it', async () => {
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.from([0x7a, 0x68, 0x2c, 0x65, 0x6e, 0x0a, 0xe9, 0x2c, 0x78, 0x0a]));
    const loaded = await store.load([dir]);
    expect(reads(latin1)).toBe(1);
    const problem = loaded.problems.filter((p) => p.file === latin1);
    expect(problem.map((p) => p.message)).toEqual(['cannot read the term base: not valid UTF-8 (or BOM-marked UTF-16) text; save the file as UTF-8']);
    expect(problem).toEqual((await loadGlossaryFiles([dir])).problems.filter((p) => p.file === latin1));
  });
});
