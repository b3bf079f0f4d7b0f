import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addRecent, removeRecent, RECENT_LIMIT } from '../services/recent-list';
import { createSettingsStore } from '../services/settings';

let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'duizhao-settings-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('settings store', () => {
  it('starts from defaults when the file is missing or damaged (the app must still start)', async () => {
    const store = createSettingsStore(dir);
    expect(await store.read()).toEqual({ recent: [], hasOpenedProject: false });
    await fsp.writeFile(path.join(dir, 'settings.json'), '{"recent": [{"path": 3}');
    expect(await store.read()).toEqual({ recent: [], hasOpenedProject: false });
    await fsp.writeFile(path.join(dir, 'settings.json'), '{"recent": "not a list"}');
    expect((await store.read()).recent).toEqual([]);
  });

  it('serialises quick successive updates so none is lost', async () => {
    const store = createSettingsStore(dir);
    const item = (n: number) => ({ path: `/p/${n}.duizhao.json`, name: `P${n}`, openedAt: new Date(n).toISOString() });
    await Promise.all([1, 2, 3, 4, 5].map((n) => store.update((s) => ({ ...s, recent: addRecent(s.recent, item(n)) }))));
    const reread = await createSettingsStore(dir).read();
    expect(reread.recent.map((r) => r.name)).toEqual(['P5', 'P4', 'P3', 'P2', 'P1']);
  });

  it('keeps a window state and refuses an absurd one', async () => {
    const store = createSettingsStore(dir);
    await store.update((s) => ({ ...s, windowState: { x: 5, y: 6, width: 1200, height: 800, maximized: true } }));
    expect((await store.read()).windowState).toEqual({ x: 5, y: 6, width: 1200, height: 800, maximized: true });
    await expect(store.update((s) => ({ ...s, windowState: { width: 10, height: 10, maximized: false } }))).rejects.toThrow();
    expect((await store.read()).windowState?.width).toBe(1200);
  });
});

describe('recent list', () => {
  const at = (p: string) => ({ path: p, name: p, openedAt: '2026-11-22T00:00:00.000Z' });
  it('moves a reopened project to the top without duplicating it, and caps the list', () => {
    let list = ['a', 'b', 'c'].reduce((l, p) => addRecent(l, at(p)), [] as ReturnType<typeof at>[]);
    list = addRecent(list, at('a'));
    expect(list.map((r) => r.path)).toEqual(['a', 'c', 'b']);
    for (let i = 0; i < 20; i++) list = addRecent(list, at(`x${i}`));
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]!.path).toBe('x19');
    expect(removeRecent(list, 'x19').map((r) => r.path)).not.toContain('x19');
  });
});
