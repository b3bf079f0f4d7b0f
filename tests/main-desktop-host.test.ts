import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { createDesktopHost } from '../main/desktop-host';
import { createHandlers } from '../services/handlers';

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'duizhao-desktop-'));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

/** A desktop host whose dialogs answer from queues, as if the user picked those files. */
function host(answers: { open?: Array<string | null>; save?: Array<string | null> }) {
  const asked: string[] = [];
  const dialog = {
    showOpenDialog: async (...args: unknown[]) => {
      asked.push(`open:${(args.at(-1) as { title: string }).title}`);
      const file = answers.open?.shift() ?? null;
      return { canceled: file === null, filePaths: file ? [file] : [] };
    },
    showSaveDialog: async (...args: unknown[]) => {
      asked.push(`save:${(args.at(-1) as { defaultPath: string }).defaultPath}`);
      const file = answers.save?.shift() ?? null;
      return { canceled: file === null, filePath: file ?? '' };
    },
  };
  let dirty: boolean | undefined;
  const h = createDesktopHost({
    version: '0.1.0',
    platform: 'linux',
    samplesDir: 'samples',
    glossaryDir: 'glossary',
    userDataDir: path.join(dir, 'user-data'),
    dialog: dialog as never,
    window: () => null,
    onDirtyChange: (d) => (dirty = d),
    closeWithoutPrompt: () => undefined,
  });
  return { handlers: createHandlers(h), asked, dirty: () => dirty };
}

describe('desktop host (dialogs faked)', () => {
  it('Save As asks for a path, adds the project extension, and Open reads it back', async () => {
    const target = path.join(dir, 'statement');
    const { handlers, asked } = host({ save: [target], open: [`${target}.duizhao.json`] });
    const { project } = await handlers['project:openSample']({});
    const saved = await handlers['project:save']({ project, saveAs: true });
    expect(saved).toEqual({ path: `${target}.duizhao.json` });
    expect(asked[0]).toBe('save:Joint-statement-on-global-strategic-stability-8-May-2025.duizhao.json');
    const opened = await handlers['project:open']({});
    expect(opened).toEqual({ project, path: `${target}.duizhao.json` });
    const recent = await handlers['project:recent']({});
    expect(recent.items.map((r) => r.path)).toEqual([`${target}.duizhao.json`]);
  });

  it('opens either built-in sample by id, each with its English and Russian drafts', async () => {
    const { handlers } = host({});
    const stability = (await handlers['project:openSample']({})).project;
    const joint = (await handlers['project:openSample']({ sample: 'joint-statement' })).project;
    expect(stability.name).toMatch(/strategic stability/);
    expect(joint.name).toMatch(/comprehensive strategic partnership/);
    expect(joint.source.paragraphs[0]?.sentences[0]?.text).toContain('联合声明');
    expect(joint.targets.en?.paragraphs[0]?.sentences[0]?.text).toMatch(/^Joint Statement of the People's Republic of China/);
    expect(joint.targets.ru?.paragraphs[0]?.sentences[0]?.text).toMatch(/^Совместное заявление/);
    expect((await handlers['project:openSample']({ sample: 'strategic-stability' })).project).toEqual(stability);
  });

  it('the page cannot grant itself a file through the recovery copy (autosave {path: ANY} → recover → save)', async () => {
    const victim = path.join(dir, 'victim.duizhao.json');
    await fsp.writeFile(victim, 'precious');
    const { handlers } = host({});
    const { project } = await handlers['project:openSample']({});
    await handlers['project:autosave']({ project, path: victim });
    const copy = await handlers['project:recover']({});
    expect(copy?.project.name).toBe(project.name); // the work is kept…
    expect(copy?.path).toBeNull(); // …but not the path the page named
    await expect(handlers['project:save']({ project, path: victim })).rejects.toThrow(/not a project chosen in Duizhao/);
    expect(await fsp.readFile(victim, 'utf8')).toBe('precious');
    // /etc/passwd-like content is never echoed in an error
    await expect(handlers['project:open']({ path: victim })).rejects.not.toThrow(/precious/);
    await handlers['project:discardRecovery']({});
  });

  it('opens or overwrites only files the user chose (dialog, recent list, recovery copy)', async () => {
    const chosen = path.join(dir, 'chosen.duizhao.json');
    const elsewhere = path.join(dir, 'elsewhere.duizhao.json');
    const { handlers } = host({ save: [chosen] });
    const { project } = await handlers['project:openSample']({});
    await fsp.writeFile(elsewhere, 'precious');
    await expect(handlers['project:save']({ project, path: elsewhere })).rejects.toThrow(/not a project chosen in Duizhao/);
    await expect(handlers['project:open']({ path: elsewhere })).rejects.toThrow(/not a project chosen in Duizhao/);
    expect(await fsp.readFile(elsewhere, 'utf8')).toBe('precious');
    expect(await handlers['project:save']({ project, path: null })).toEqual({ path: chosen });
    await expect(handlers['project:save']({ project: { ...project, name: 'Again' }, path: chosen })).resolves.toEqual({ path: chosen });
    // A new session (fresh handlers) knows the file from the recent list.
    const next = host({});
    await expect(next.handlers['project:open']({ path: chosen })).resolves.toMatchObject({ path: chosen });
  });

  it('glossary:load reads only term bases main granted: its glossary folder or beside an opened project', async () => {
    const secretDir = path.join(dir, 'not-granted');
    const projectDir = path.join(dir, 'granted-project');
    await fsp.mkdir(secretDir, { recursive: true });
    await fsp.mkdir(projectDir, { recursive: true });
    const secret = path.join(secretDir, 'secret.csv');
    await fsp.writeFile(secret, 'zh,en\n机密,SECRET-VALUE\n');
    await fsp.writeFile(path.join(projectDir, 'team.csv'), 'zh,en\n冷战思维,Cold War mentality\n');
    await fsp.symlink(secret, path.join(projectDir, 'link.csv'));
    const saved = path.join(projectDir, 'statement.duizhao.json');
    const { handlers } = host({ save: [saved] });
    const { project } = await handlers['project:openSample']({});
    await handlers['project:save']({ project, path: null });
    const glossaryPaths = [secret, 'team.csv', 'link.csv', '../not-granted/secret.csv'];
    const loaded = await handlers['glossary:load']({ glossaryPaths, projectPath: saved });
    const english = loaded.termBase!.concepts.flatMap((c) => c.terms.map((t) => t.text));
    expect(english).toContain('Cold War mentality');
    expect(english).not.toContain('SECRET-VALUE');
    expect(loaded.problems.filter((p) => /not read: a term base must be in the glossary folder/.test(p.message)).map((p) => path.basename(p.file))).toEqual([
      'secret.csv',
      'link.csv',
      'secret.csv',
    ]);
    expect(JSON.stringify(loaded)).not.toContain('SECRET-VALUE');
    // A project path the page names but main never granted grants nothing beside it.
    const other = host({});
    const refused = await other.handlers['glossary:load']({ glossaryPaths: [path.join(secretDir, 'secret.csv')], projectPath: path.join(secretDir, 'x.duizhao.json') });
    expect(JSON.stringify(refused)).not.toContain('SECRET-VALUE');
    expect(refused.problems.some((p) => p.file === secret && p.message.startsWith('not read'))).toBe(true);
  });

  it('removes temp files an interrupted save left beside the project and in a glossary folder, not a save in progress', async () => {
    const folder = path.join(dir, 'temps');
    await fsp.mkdir(folder, { recursive: true });
    const saved = path.join(folder, 'p.duizhao.json');
    await fsp.writeFile(path.join(folder, 'terms.csv'), 'zh,en\n冷战思维,Cold War mentality\n');
    const old = new Date(Date.now() - 60 * 60 * 1000);
    const stale = [path.join(folder, '.p.duizhao.json.0123456789ab.tmp'), path.join(folder, '.terms.csv.ba9876543210.tmp')];
    const fresh = path.join(folder, '.p.duizhao.json.abcdefabcdef.tmp');
    const notOurs = path.join(folder, '.notes.tmp');
    for (const f of [...stale, fresh, notOurs]) await fsp.writeFile(f, 'partial');
    for (const f of [...stale, notOurs]) await fsp.utimes(f, old, old);
    const { handlers } = host({ save: [saved] });
    const { project } = await handlers['project:openSample']({});
    await handlers['project:save']({ project, path: null });
    await handlers['glossary:load']({ glossaryPaths: ['terms.csv'], projectPath: saved });
    const left = await fsp.readdir(folder);
    expect(left.filter((n) => n.endsWith('.tmp')).sort()).toEqual(['.notes.tmp', '.p.duizhao.json.abcdefabcdef.tmp']);
  });

  it('returns null when the user cancels a dialog, and refuses relative project paths', async () => {
    const { handlers } = host({});
    const { project } = await handlers['project:openSample']({});
    expect(await handlers['project:save']({ project, path: null })).toBeNull();
    expect(await handlers['project:open']({})).toBeNull();
    expect(await handlers['export:run']({ project, format: 'tmx', options: {} })).toBeNull();
    await expect(handlers['project:open']({ path: 'relative.duizhao.json' })).rejects.toThrow(/must be absolute/);
  });

  it('reads a picked draft in any supported encoding and names an unreadable one', async () => {
    const utf16 = path.join(dir, 'draft.ru.txt');
    await fsp.writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Стороны подтверждают.\r\n', 'utf16le')]));
    const binary = path.join(dir, 'photo.txt');
    await fsp.writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const { handlers } = host({ open: [utf16, binary] });
    expect(await handlers['file:pickText']({ lang: 'ru' })).toEqual({ fileName: utf16, text: 'Стороны подтверждают.\n' });
    await expect(handlers['file:pickText']({ lang: 'en' })).rejects.toThrow(new RegExp(`^${binary.replace(/[.\\/]/g, '\\$&')}: .*binary`));
  });

  it('writes an export where the user chose, and tells main about the dirty flag', async () => {
    const out = path.join(dir, 'sample.tmx');
    const { handlers, dirty } = host({ save: [out] });
    const { project } = await handlers['project:openSample']({});
    const result = await handlers['export:run']({ project, format: 'tmx', options: { target: 'en' } });
    expect(result).toMatchObject({ path: out, base64: null });
    expect(await fsp.readFile(out, 'utf8')).toMatch(/<tmx version="1.4"/);
    await handlers['app:setDirty']({ dirty: true });
    expect(dirty()).toBe(true);
  });

  it('a team glossary folder is read only when chosen in the folder dialog', async () => {
    const team = path.join(dir, 'team-glossary');
    const other = path.join(dir, 'elsewhere');
    await fsp.mkdir(team, { recursive: true });
    await fsp.mkdir(other, { recursive: true });
    await fsp.writeFile(path.join(team, 'team.csv'), 'zh,en,ru\n核共享,nuclear sharing,совместные ядерные миссии\n');
    await fsp.writeFile(path.join(other, 'x.csv'), 'zh,en,ru\n测试专用术语,test-only term,тестовый термин\n');
    const { handlers, asked } = host({ open: [team] });
    expect(await handlers['glossary:folderChoices']({})).toEqual({ dialog: true, folders: [] });
    expect(await handlers['glossary:chooseFolder']({ name: '/etc' })).toEqual({ folder: team });
    expect(asked.at(-1)).toBe('open:Choose the team glossary folder');
    const loaded = await handlers['glossary:load']({ glossaryPaths: [], teamFolder: team });
    expect(loaded.teamFolder).toEqual({ shown: team, custom: true });
    expect(loaded.termBase!.concepts.map((c) => c.terms[0]!.text)).toEqual(['核共享']);
    // A folder the page names that was never chosen in the dialog: nothing read from it.
    const refused = await host({})['handlers']['glossary:load']({ glossaryPaths: [], teamFolder: other });
    expect(refused.teamFolder?.problem).toMatch(/was not chosen on this computer/);
    expect(refused.termBase!.concepts.some((c) => c.terms.some((t) => t.text === '测试专用术语'))).toBe(false);
  });
});
