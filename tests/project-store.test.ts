import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleProject, serializeProject } from '../core/project';
import { writeFileAtomic } from '../services/atomic-write';
import type { AtomicFs } from '../services/atomic-write';
import { createProjectStore } from '../services/project-store';
import { projectEngine } from '../services/engine';

const zh = readFileSync('samples/strategic-stability-2025-05-08.zh.txt', 'utf8');
const sample = createSampleProject({ name: 'Strategic stability', zh }, projectEngine);

let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'duizhao-store-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

/** Node's fs with one operation replaced by a failure (a full disk, a yanked USB stick). */
function failing(op: 'write' | 'sync' | 'rename'): AtomicFs {
  const fail = async (): Promise<never> => {
    throw Object.assign(new Error(`simulated ${op} failure`), { code: 'ENOSPC' });
  };
  return {
    async open(file, flags) {
      const handle = await fsp.open(file, flags);
      return {
        writeFile: op === 'write' ? async (data: string | Uint8Array) => { await handle.writeFile(typeof data === 'string' ? data.slice(0, 10) : data); await fail(); } : (data) => handle.writeFile(data),
        sync: op === 'sync' ? fail : () => handle.sync(),
        close: () => handle.close(),
      };
    },
    rename: op === 'rename' ? fail : fsp.rename,
    copyFile: fsp.copyFile,
    rm: fsp.rm,
    access: (file) => fsp.access(file),
  };
}

describe('writeFileAtomic', () => {
  for (const op of ['write', 'sync', 'rename'] as const) {
    it(`leaves the previous file intact and no temp file when ${op} fails`, async () => {
      const file = path.join(dir, 'statement.duizhao.json');
      await fsp.writeFile(file, 'OLD VERSION');
      await expect(writeFileAtomic(file, 'NEW VERSION', { backup: true, fs: failing(op) })).rejects.toThrow(`simulated ${op} failure`);
      expect(await fsp.readFile(file, 'utf8')).toBe('OLD VERSION');
      const left = (await fsp.readdir(dir)).filter((n) => n.endsWith('.tmp'));
      expect(left).toEqual([]);
    });
  }

  it('keeps exactly one .bak generation: the version before the last save', async () => {
    const file = path.join(dir, 'p.duizhao.json');
    await writeFileAtomic(file, 'v1', { backup: true });
    expect(await fsp.readdir(dir)).toEqual(['p.duizhao.json']);
    await writeFileAtomic(file, 'v2', { backup: true });
    await writeFileAtomic(file, 'v3', { backup: true });
    expect(await fsp.readFile(file, 'utf8')).toBe('v3');
    expect(await fsp.readFile(`${file}.bak`, 'utf8')).toBe('v2');
    expect((await fsp.readdir(dir)).sort()).toEqual(['p.duizhao.json', 'p.duizhao.json.bak']);
  });

  it('writes bytes unchanged', async () => {
    const file = path.join(dir, 'x.bin');
    const bytes = new Uint8Array([0, 255, 1, 254]);
    await writeFileAtomic(file, bytes);
    expect(new Uint8Array(await fsp.readFile(file))).toEqual(bytes);
  });
});

describe('project store', () => {
  it('saves and reads back a project; a re-save keeps the old one as .bak', async () => {
    const store = createProjectStore({ recoveryDir: path.join(dir, 'recovery') });
    const file = path.join(dir, 'sample.duizhao.json');
    await store.save(file, sample);
    expect(await store.read(file)).toEqual(sample);
    const renamed = { ...sample, name: 'Renamed' };
    await store.save(file, renamed);
    expect((await store.read(file)).name).toBe('Renamed');
    expect(await fsp.readFile(`${file}.bak`, 'utf8')).toBe(serializeProject(sample));
  });

  it('names the file when it is missing or damaged', async () => {
    const store = createProjectStore({ recoveryDir: dir });
    const missing = path.join(dir, 'missing.duizhao.json');
    await expect(store.read(missing)).rejects.toThrow(`${missing}: no such file`);
    const damaged = path.join(dir, 'damaged.duizhao.json');
    await fsp.writeFile(damaged, serializeProject(sample).slice(0, 500));
    await expect(store.read(damaged)).rejects.toThrow(new RegExp(`^${damaged.replace(/[.\\/]/g, '\\$&')}:\\d+:\\d+: not valid JSON`));
  });

  it('keeps a crash-recovery copy until it is discarded; a damaged copy is set aside, not deleted', async () => {
    const recoveryDir = path.join(dir, 'recovery');
    const store = createProjectStore({ recoveryDir });
    expect(await store.readRecovery()).toBeNull();
    const savedAt = await store.writeRecovery(sample, '/home/t/statement.duizhao.json');
    const copy = await store.readRecovery();
    expect(copy).toEqual({ savedAt, path: '/home/t/statement.duizhao.json', project: sample });
    await store.discardRecovery();
    expect(await store.readRecovery()).toBeNull();

    await fsp.writeFile(path.join(recoveryDir, 'recovery.duizhao.json'), '{"savedAt": "x", "proj');
    expect(await store.readRecovery()).toBeNull();
    expect((await fsp.readdir(recoveryDir)).some((n) => n.startsWith('recovery.duizhao.json.damaged-'))).toBe(true);
  });
});
