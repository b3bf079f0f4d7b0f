import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../core/contract';
import type { Handlers } from '../core/contract';
import { createWorkspaceHost } from '../main/web/workspace-host';
import { createSpellingHandlers } from '../services/spelling/handlers';

// `spelling:dictionaries` sends a dictionary's 1-4 MB of text only when the page does not name its
// version as held by its QA worker (issue 13: a new project re-fetched both, Russian included).

let root: string;
let h: Handlers;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'duizhao-dictionaries-'));
  mkdirSync(join(root, 'builtin'));
  mkdirSync(join(root, 'ws', 'team-a'), { recursive: true });
  const host = createWorkspaceHost({ workspace: join(root, 'ws'), version: 't', samplesDir: root, glossaryDir: join(root, 'builtin') });
  // Through the contract's dispatch, as both the Electron IPC layer and the web bridge call it.
  const spelling = createSpellingHandlers(host);
  h = spelling as unknown as Handlers;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

type Answer = Awaited<ReturnType<Handlers['spelling:dictionaries']>>;
const ask = (request: unknown): Promise<Answer> => dispatch(h, 'spelling:dictionaries', request) as Promise<Answer>;
const bytes = (a: Answer): number => Buffer.byteLength(JSON.stringify(a));

describe('spelling:dictionaries sends only the dictionaries the page lacks', () => {
  it('a second request naming the held versions gets none of the text, and the same versions', async () => {
    const first = await ask({ english: 'en-US', teamFolder: null });
    expect(first.en.files!.dic.length).toBeGreaterThan(100_000);
    expect(first.ru.files!.dic.length).toBeGreaterThan(100_000);
    expect(first.en.version).toMatch(/^en-US:/);
    expect(first.ru.version).toMatch(/^ru:/);
    const second = await ask({ english: 'en-US', teamFolder: null, held: [first.en.version, first.ru.version] });
    expect(second).toEqual({ en: { version: first.en.version, files: null }, ru: { version: first.ru.version, files: null }, teamWords: [] });
    expect(bytes(second)).toBeLessThan(1000);
    expect(bytes(first)).toBeGreaterThan(1_000_000);
  });

  it('another English variant still arrives while Russian, held, does not', async () => {
    const first = await ask({ english: 'en-US', teamFolder: null });
    const british = await ask({ english: 'en-GB', teamFolder: null, held: [first.en.version, first.ru.version] });
    expect(british.en.version).toMatch(/^en-GB:/);
    expect(british.en.version).not.toBe(first.en.version);
    expect(british.en.files!.dic).not.toBe(first.en.files!.dic);
    expect(british.ru).toEqual({ version: first.ru.version, files: null });
  });

  it('a held name that is no current version (an older package, a guess) gets the files', async () => {
    const answer = await ask({ english: 'en-GB', teamFolder: null, held: ['en-GB:0123456789abcdef', 'ru'] });
    expect(answer.en.files).not.toBeNull();
    expect(answer.ru.files).not.toBeNull();
  });

  it('a changed team dictionary still arrives with held dictionaries', async () => {
    const first = await ask({ english: 'en-US', teamFolder: 'team-a' });
    expect(first.teamWords).toEqual([]);
    writeFileSync(join(root, 'ws', 'team-a', 'team-dictionary.txt'), 'Zorblat\n');
    const second = await ask({ english: 'en-US', teamFolder: 'team-a', held: [first.en.version, first.ru.version] });
    expect(second.teamWords).toEqual(['Zorblat']);
    expect(second.en.files).toBeNull();
  });
});
