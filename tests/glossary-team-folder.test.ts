import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspaceHost } from '../main/web/workspace-host';
import { createGlossaryHandlers } from '../services/glossary-handlers';
import { createGlossaryStore } from '../services/glossary-store';
import type { GlossaryStore } from '../services/glossary-store';
import { createTeamFolderGrants } from '../services/team-folders';

// A project's own team glossary folder: web mode picks a folder of the workspace (never a path from
// the page); the desktop reads only folders chosen in its dialog (remembered in user data).
const BUILT_IN = 'zh,en,ru\n战略稳定,strategic stability,стратегическая стабильность\n';
const TEAM = 'zh,en,ru\n核共享,nuclear sharing,совместные ядерные миссии\n';

let root: string;
let store: GlossaryStore;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'duizhao-team-folder-'));
  mkdirSync(join(root, 'builtin'));
  writeFileSync(join(root, 'builtin', 'base.csv'), BUILT_IN);
  mkdirSync(join(root, 'ws', 'team-sync'), { recursive: true });
  mkdirSync(join(root, 'ws', '.duizhao'));
  writeFileSync(join(root, 'ws', 'team-sync', 'team.csv'), TEAM);
  store = createGlossaryStore(join(root, 'builtin'));
});
afterEach(() => {
  store.close();
  rmSync(root, { recursive: true, force: true });
});

function webHandlers() {
  const host = createWorkspaceHost({ workspace: join(root, 'ws'), version: 't', samplesDir: root, glossaryDir: join(root, 'builtin') });
  return createGlossaryHandlers(host, store);
}
const zhTerms = (r: { termBase: { concepts: Array<{ terms: Array<{ lang: string; text: string }> }> } | null }) => r.termBase!.concepts.flatMap((c) => c.terms.filter((t) => t.lang === 'zh').map((t) => t.text));

describe('team glossary folder per project (web mode)', () => {
  it('offers the workspace folders (not hidden ones) and accepts only one of them', async () => {
    const h = webHandlers();
    expect(await h['glossary:folderChoices']({})).toEqual({ dialog: false, folders: ['team-sync'] });
    expect(await h['glossary:chooseFolder']({ name: 'team-sync' })).toEqual({ folder: 'team-sync' });
    for (const name of ['../builtin', '.duizhao', '/etc', 'missing']) expect(await h['glossary:chooseFolder']({ name })).toEqual({ folder: null });
  });

  it('loads the project folder instead of the built-in one, and imports go there', async () => {
    const h = webHandlers();
    const loaded = await h['glossary:load']({ glossaryPaths: [], projectPath: null, teamFolder: 'team-sync' });
    expect(zhTerms(loaded)).toEqual(['核共享']);
    expect(loaded.teamFolder).toEqual({ shown: 'team-sync', custom: true });
    const csv = Buffer.from('zh,en,ru\n冷战思维,Cold War mentality,менталитет холодной войны\n').toString('base64');
    const result = await h['glossary:import']({ file: { fileName: 'partner.csv', base64: csv }, resolutions: [] });
    expect(result.written).toBe('partner.csv');
    expect(readdirSync(join(root, 'ws', 'team-sync')).sort()).toEqual(['partner.csv', 'team.csv']);
    expect(readdirSync(join(root, 'builtin'))).toEqual(['base.csv']);
  });

  it('falls back to the built-in folder, saying why, when the project names a folder that is not there', async () => {
    const loaded = await webHandlers()['glossary:load']({ glossaryPaths: [], projectPath: null, teamFolder: '../builtin' });
    expect(zhTerms(loaded)).toEqual(['战略稳定']);
    expect(loaded.teamFolder).toEqual({ shown: 'glossary (built in)', custom: false, problem: "The project's team folder ../builtin was not chosen on this computer (or is gone): choose it again" });
    const none = await webHandlers()['glossary:load']({ glossaryPaths: [], projectPath: null });
    expect(none.teamFolder).toEqual({ shown: 'glossary (built in)', custom: false });
  });

  it('the watcher follows the folder in force: a change in the old one no longer counts', async () => {
    const h = webHandlers();
    await h['glossary:load']({ glossaryPaths: [], projectPath: null, teamFolder: 'team-sync' });
    const before = store.poll();
    writeFileSync(join(root, 'builtin', 'other.csv'), BUILT_IN);
    await new Promise((r) => setTimeout(r, 300));
    expect(store.poll()).toBe(before);
    writeFileSync(join(root, 'ws', 'team-sync', 'more.csv'), TEAM);
    for (let i = 0; i < 100 && store.poll() === before; i++) await new Promise((r) => setTimeout(r, 20));
    expect(store.poll()).toBeGreaterThan(before);
  });
});

describe('team folders chosen in the desktop dialog', () => {
  it('resolves only a folder granted by the dialog, across restarts; a corrupt list grants nothing', async () => {
    const userData = join(root, 'user');
    const team = join(root, 'ws', 'team-sync');
    expect(await createTeamFolderGrants(userData).resolve(team)).toBeNull();
    await createTeamFolderGrants(userData).grant(team);
    // A new instance (a restart) reads the remembered list.
    expect(await createTeamFolderGrants(userData).resolve(team)).toBe(team);
    expect(await createTeamFolderGrants(userData).resolve(join(root, 'builtin'))).toBeNull();
    expect(await createTeamFolderGrants(userData).resolve('team-sync')).toBeNull();
    writeFileSync(join(userData, 'team-folders.json'), '{not json');
    expect(await createTeamFolderGrants(userData).resolve(team)).toBeNull();
  });
});
