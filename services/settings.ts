import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});

const settingsSchema = z.object({
  recent: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).default([]),
  windowState: windowStateSchema.optional(),
  /** Set once any project has been opened: the sample opens only on the very first start. */
  hasOpenedProject: z.boolean().default(false),
});

export type WindowState = z.infer<typeof windowStateSchema>;
export type AppSettings = z.infer<typeof settingsSchema>;

export interface SettingsStore {
  read(): Promise<AppSettings>;
  /** Read-modify-write, serialised so two quick updates never lose one another. */
  update(change: (settings: AppSettings) => AppSettings): Promise<AppSettings>;
}

/**
 * App settings (recent list, window state) as JSON in the user-data folder. A missing or damaged
 * file gives the defaults: settings are a convenience and must never stop the app from starting.
 */
export function createSettingsStore(userDataDir: string): SettingsStore {
  const file = path.join(userDataDir, 'settings.json');
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<AppSettings> {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // missing or not JSON: defaults below
    }
    return settingsSchema.parse({});
  }

  function update(change: (settings: AppSettings) => AppSettings): Promise<AppSettings> {
    const next = queue.then(async () => {
      const updated = settingsSchema.parse(change(await read()));
      await fsp.mkdir(userDataDir, { recursive: true });
      await writeFileAtomic(file, `${JSON.stringify(updated, null, 2)}\n`);
      return updated;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return { read, update };
}
