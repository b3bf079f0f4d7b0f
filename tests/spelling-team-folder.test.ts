import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertWord, parseWordList } from '../core/spelling';
import { createWorkspaceHost } from '../main/web/workspace-host';
import { writeFileAtomic } from '../services/atomic-write';
import { createGlossaryHandlers } from '../services/glossary-handlers';
import { createGlossaryStore } from '../services/glossary-store';
import type { GlossaryStore } from '../services/glossary-store';
import { createSpellingHandlers } from '../services/spelling/handlers';
import { addToTeamDictionary, teamDictionaryPath } from '../services/spelling/team-dictionary';

// Issue 16: the team dictionary lives in the project's team glossary folder (settings.glossaryFolder),
// teammates' words arrive through the glossary folder's watcher, and a write never goes over a
// change made on disk since the file was read.

let root: string;
let store: GlossaryStore;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'duizhao-team-words-'));
  mkdirSync(join(root, 'builtin'));
  mkdirSync(join(root, 'ws', 'team-a'), { recursive: true });
  mkdirSync(join(root, 'ws', 'team-b'), { recursive: true });
  store = createGlossaryStore(join(root, 'builtin'));
});
afterEach(() => {
  store.close();
  rmSync(root, { recursive: true, force: true });
});

function webHost() {
  return createWorkspaceHost({ workspace: join(root, 'ws'), version: 't', samplesDir: root, glossaryDir: join(root, 'builtin') });
}

/** Another process writing a file (a teammate's app, a sync client). */
function writeFromAnotherProcess(file: string, text: string): Promise<void> {
  const script = `require('node:fs').writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(text)})`;
  return new Promise((resolve, reject) => execFile(process.execPath, ['-e', script], (err) => (err ? reject(err) : resolve())));
}

async function waitFor(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
}

describe('the team dictionary follows the project team folder', () => {
  it('two projects with different folders keep different team words; no folder means the built-in one', async () => {
    const h = createSpellingHandlers(webHost());
    expect(await h['spelling:addWord']({ word: 'Zorblat', teamFolder: 'team-a' })).toEqual({ words: ['Zorblat'] });
    expect(await h['spelling:addWord']({ word: 'Kwazimodo', teamFolder: 'team-b' })).toEqual({ words: ['Kwazimodo'] });
    expect(await h['spelling:addWord']({ word: 'Builtinia', teamFolder: null })).toEqual({ words: ['Builtinia'] });
    expect(await h['spelling:teamWords']({ teamFolder: 'team-a' })).toEqual({ words: ['Zorblat'] });
    expect(await h['spelling:teamWords']({ teamFolder: 'team-b' })).toEqual({ words: ['Kwazimodo'] });
    expect(readFileSync(join(root, 'ws', 'team-a', 'team-dictionary.txt'), 'utf8')).toBe('Zorblat\n');
    expect(readFileSync(join(root, 'ws', 'team-b', 'team-dictionary.txt'), 'utf8')).toBe('Kwazimodo\n');
    expect(readFileSync(join(root, 'builtin', 'team-dictionary.txt'), 'utf8')).toBe('Builtinia\n');
    // The dictionaries for the worker carry the words of the folder asked for.
    expect((await h['spelling:dictionaries']({ english: 'en-US', teamFolder: 'team-b', held: [] })).teamWords).toEqual(['Kwazimodo']);
  });

  it('a folder the host does not grant (outside the workspace) is never written: the built-in one is used, as for the glossary', async () => {
    const h = createSpellingHandlers(webHost());
    await h['spelling:addWord']({ word: 'Zorblat', teamFolder: '../builtin/../..' });
    expect(readFileSync(join(root, 'builtin', 'team-dictionary.txt'), 'utf8')).toBe('Zorblat\n');
  });

  it("the glossary folder's watcher reports a teammate's change to team-dictionary.txt on its own counter", async () => {
    const glossary = createGlossaryHandlers(webHost(), store);
    await glossary['glossary:load']({ glossaryPaths: [], projectPath: null, teamFolder: 'team-a' });
    const before = await glossary['glossary:poll']({});
    await writeFromAnotherProcess(join(root, 'ws', 'team-a', 'team-dictionary.txt'), 'Zorblat\n');
    await waitFor(() => store.dictionaryPoll() > (before.dictionaryVersion ?? 0));
    const after = await glossary['glossary:poll']({});
    expect(after.dictionaryVersion).toBeGreaterThan(before.dictionaryVersion ?? 0);
    // A word list is not a term base: the glossary is not reloaded for it.
    expect(after.version).toBe(before.version);
    expect((await createSpellingHandlers(webHost())['spelling:teamWords']({ teamFolder: 'team-a' })).words).toEqual(['Zorblat']);
  });
});

describe('adding a word never writes over a teammate', () => {
  it('inserts into the file as it is now, keeping comments, CRLF and lines that are not words', () => {
    expect(insertWord('', 'Zorblat')).toBe('Zorblat\n');
    expect(insertWord('\uFEFF# places\r\nAlpha\r\nZeta\r\nnot one word\r\n', 'Kappa')).toBe('\uFEFF# places\r\nAlpha\r\nKappa\r\nZeta\r\nnot one word\r\n');
    expect(insertWord('Beta\n# people\nЦзиньпин', 'Jinping')).toBe('Beta\n# people\nJinping\nЦзиньпин\n');
    expect(insertWord('Alpha\nBeta\n', 'Beta')).toBeNull();
  });

  it('starts over on the new version when the file changed between its read and its write', async () => {
    const file = teamDictionaryPath(join(root, 'ws', 'team-a'));
    writeFileSync(file, '# shared by the Moscow office\nAlpha\n');
    let teammateWrote = false;
    const words = await addToTeamDictionary(file, 'Zorblat', async () => {
      if (teammateWrote) return;
      teammateWrote = true;
      // The teammate adds a word and removes one while our add is under way.
      await writeFromAnotherProcess(file, '# shared by the Moscow office\nMoskva\n');
    });
    expect(words).toEqual(['Moskva', 'Zorblat']);
    expect(readFileSync(file, 'utf8')).toBe('# shared by the Moscow office\nMoskva\nZorblat\n');
  });

  it('twenty adds at once from this process (several windows) all land', async () => {
    const file = teamDictionaryPath(join(root, 'ws', 'team-b'));
    const added = Array.from({ length: 20 }, (_, i) => `Word${String(i).padStart(2, '0')}`);
    await Promise.all(added.map((w) => addToTeamDictionary(file, w)));
    expect(parseWordList(readFileSync(file, 'utf8')).words).toEqual(added);
  });

  it('refuses to touch a file that is not UTF-8', async () => {
    const file = teamDictionaryPath(join(root, 'ws', 'team-a'));
    writeFileSync(file, Buffer.from([0x41, 0xff, 0x0a]));
    await expect(addToTeamDictionary(file, 'Zorblat')).rejects.toThrow('not valid UTF-8 text; save the file as UTF-8 first (nothing was written)');
    expect([...readFileSync(file)]).toEqual([0x41, 0xff, 0x0a]);
  });

  it('an atomic write aborted just before the rename leaves the target as it was and no temp file', async () => {
    const file = join(root, 'ws', 'team-a', 'x.txt');
    writeFileSync(file, 'old\n');
    await expect(writeFileAtomic(file, 'new\n', { beforeRename: () => Promise.reject(new Error('changed')) })).rejects.toThrow('changed');
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(join(root, 'ws', 'team-a'))).toEqual(['x.txt']);
  });
});
