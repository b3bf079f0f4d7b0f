import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { build } from 'esbuild';

/** How to start the parse worker: a built file, or (running from source) bundled code to eval. */
export type WorkerSource = { file: string } | { code: string };

/** The built worker's file name beside the built main (electron.vite.config.ts names the entry). */
export const BUILT_WORKER = 'parse-worker.js';

/**
 * The built app (out/main) ships parse-worker.js beside index.js; code bundled into a chunk may
 * sit one folder deeper. From source (vitest, `npm run web` under tsx) there is no built worker
 * that is sure to be current, so worker.ts is bundled in memory with esbuild (a dev dependency,
 * loaded only then, by a name the app bundler does not follow): about 1 MB, half a second once.
 */
export async function locateParseWorker(here: string = __dirname, fromSource: boolean = __filename.endsWith('.ts')): Promise<WorkerSource> {
  if (!fromSource) {
    const built = [path.join(here, BUILT_WORKER), path.join(here, '..', BUILT_WORKER)].find((f) => existsSync(f));
    if (built) return { file: built };
    throw new Error(`The parse worker is missing: ${BUILT_WORKER} was not built beside ${here}`);
  }
  const entry = path.join(here, 'worker.ts');
  let bundle = bundled.get(entry);
  if (!bundle) {
    bundle = bundleFromSource(entry);
    bundled.set(entry, bundle);
    bundle.catch(() => bundled.delete(entry));
  }
  return { code: await bundle };
}

/** One in-memory bundle per process (each test's worker would otherwise bundle again). */
const bundled = new Map<string, Promise<string>>();

async function bundleFromSource(entry: string): Promise<string> {
  const bundler = 'esbuild';
  const esbuild = createRequire(__filename)(bundler) as { build: typeof build };
  const out = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // ESM builds first: a UMD build (jsonc-parser's, for project JSON positions) requires its own
    // files at run time, which a bundle evaluated in memory cannot find.
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
