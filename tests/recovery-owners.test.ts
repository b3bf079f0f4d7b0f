/**
 * Crash recovery belongs to one window or tab (issue 10): a tab is never offered the live work of
 * another; a copy nobody writes any more (its window closed without a clean end) is offered; a
 * reload finds its own copy; saving in one window leaves the others' copies alone.
 */
import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSampleProject } from '../core/project';
import { projectEngine } from '../services/engine';
import { createProjectStore, LIVE_RECOVERY_MS } from '../services/project-store';

const dir = mkdtempSync(join(tmpdir(), 'duizhao-recovery-'));
afterEach(() => rmSync(join(dir, 'recovery'), { recursive: true, force: true }));
const store = () => createProjectStore({ recoveryDir: join(dir, 'recovery') });
const project = (name: string) => createSampleProject({ name, zh: '双方重申战略稳定。', en: 'The sides reaffirm strategic stability.' }, projectEngine);

describe('recovery copies per window', () => {
  it("a second tab is not offered the first tab's live work; its own copy comes back after a reload", async () => {
    const s = store();
    await s.writeRecovery(project('tab A work'), null, 'tab-a');
    expect(await s.readRecovery('tab-b')).toBeNull();
    expect((await s.readRecovery('tab-a'))?.project.name).toBe('tab A work');
  });

  it('a copy nobody has written for a while (its window is gone) is offered, the newest first', async () => {
    const s = store();
    await s.writeRecovery(project('old'), null, 'tab-old');
    await s.writeRecovery(project('closed'), null, 'tab-closed');
    const now = Date.now();
    utimesSync(join(dir, 'recovery', 'recovery-tab-old.duizhao.json'), (now - 3 * LIVE_RECOVERY_MS) / 1000, (now - 3 * LIVE_RECOVERY_MS) / 1000);
    utimesSync(join(dir, 'recovery', 'recovery-tab-closed.duizhao.json'), (now - 2 * LIVE_RECOVERY_MS) / 1000, (now - 2 * LIVE_RECOVERY_MS) / 1000);
    const offered = await s.readRecovery('tab-new', now);
    expect(offered).toMatchObject({ owner: 'tab-closed', project: { name: 'closed' } });
    await s.discardRecovery('tab-closed');
    expect((await s.readRecovery('tab-new', now))?.project.name).toBe('old');
  });

  it("saving (the shared copy discarded) leaves other windows' copies; a clean quit forgets all", async () => {
    const s = store();
    await s.writeRecovery(project('a'), null, 'tab-a');
    await s.writeRecovery(project('shared'), null);
    await s.discardRecovery(null);
    expect(await s.readRecovery()).toBeNull();
    expect((await s.readRecovery('tab-a'))?.project.name).toBe('a');
    await s.discardRecovery();
    expect(await s.readRecovery('tab-a')).toBeNull();
  });

  it('refuses an owner that is not a plain id (it becomes part of a file name)', async () => {
    await expect(store().writeRecovery(project('x'), null, '../../etc')).rejects.toThrow(/bad recovery owner/);
  });
});
