import { describe, expect, it, vi } from 'vitest';

/** The preload run against a fake electron: what it puts into the page's world, and nothing more. */
const fake = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke: async (channel: string, payload: unknown) => {
        invoked.push([channel, payload]);
        return { ok: channel };
      },
      on: (name: string, fn: (...args: unknown[]) => void) => listeners.set(name, fn),
      removeListener: (name: string) => listeners.delete(name),
    },
  };
  return { electron, exposed, invoked, listeners };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

import '../preload/index';
import { channelNames, MENU_COMMAND_EVENT } from '../core/contract';
import type { Api, MenuCommand } from '../core/contract';

describe('preload bridge', () => {
  const api = fake.exposed.get('duizhao') as Api;

  it('exposes exactly one object, window.duizhao, with one method per channel and onMenuCommand', () => {
    expect([...fake.exposed.keys()]).toEqual(['duizhao']);
    expect(Object.keys(api).sort()).toEqual([...channelNames, 'onMenuCommand'].sort());
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|invoke|send/);
  });

  it('invokes each method on its own channel only', async () => {
    await expect(api['project:recent']({})).resolves.toEqual({ ok: 'project:recent' });
    await api['app:setDirty']({ dirty: true });
    expect(fake.invoked).toEqual([
      ['project:recent', {}],
      ['app:setDirty', { dirty: true }],
    ]);
  });

  it('delivers menu commands, drops unknown ones, and unsubscribes', () => {
    const got: Array<[MenuCommand, string | undefined]> = [];
    const off = api.onMenuCommand((command, arg) => got.push([command, arg]));
    const emit = fake.listeners.get(MENU_COMMAND_EVENT)!;
    emit({}, 'qa.next');
    emit({}, 'file.open', '/home/t/statement.duizhao.json');
    emit({}, 'file.export', 'tmx3');
    emit({}, 'shell:rm-rf');
    emit({}, 'view:nextProblem'); // the old menu spelling is gone with MENU_TO_COMMAND
    expect(got).toEqual([
      ['qa.next', undefined],
      ['file.open', '/home/t/statement.duizhao.json'],
      ['file.export', 'tmx3'],
    ]);
    off();
    expect(fake.listeners.has(MENU_COMMAND_EVENT)).toBe(false);
  });
});
