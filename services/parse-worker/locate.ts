import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { build, BuildOptions } from 'esbuild';

/** How to start the worker: a built file, or (running from source) bundled code to eval. */
export type WorkerSource = { file: string } | { code: string };

/** The built worker's file name beside the built main (electron.vite.config.ts writes it). */
export const BUILT_WORKER = 'parse-worker.js';

/**
 * How the worker is bundled, for the build (electron.vite.config.ts writes out/main/parse-worker.js)
 * and for source runs (in memory): one self-contained file that requires only Node's built-in
 * modules, so the packaged app can run it from app.asar.unpacked with no node_modules beside it
 * (electron-builder.yml unpacks it) whether or not the worker thread can read inside app.asar.
 */
export function workerBundleOptions(entry: string): BuildOptions {
  return {
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // ESM builds first: a UMD build (jsonc-parser's, for project JSON positions) requires its own
    // files at run time, which a single-file bundle cannot serve.
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  };
}

/**
 * Where a file inside app.asar is kept unpacked (electron-builder's asarUnpack): the same path with
 * `app.asar` → `app.asar.unpacked`. Other paths are returned as they are.
 */
export function unpackedPath(file: string): string {
  const marker = `${path.sep}app.asar${path.sep}`;
  const at = file.lastIndexOf(marker);
  return at < 0 ? file : `${file.slice(0, at)}${path.sep}app.asar.unpacked${path.sep}${file.slice(at + marker.length)}`;
}

/**
 * The built app (out/main) ships parse-worker.js beside index.js; code bundled into a chunk may
 * sit one folder deeper. The packaged app has it in app.asar.unpacked (preferred: a plain file).
 * From source (vitest, `npm run web` under tsx) there is no built worker that is sure to be
 * current, so worker.ts is bundled in memory with esbuild (a dev dependency, loaded only then, by
 * a name the app bundler does not follow): about 1 MB, half a second once.
 */
export async function locateParseWorker(here: string = __dirname, fromSource: boolean = __filename.endsWith('.ts')): Promise<WorkerSource> {
  if (!fromSource) {
    const beside = [path.join(here, BUILT_WORKER), path.join(here, '..', BUILT_WORKER)];
    const built = beside.flatMap((f) => [unpackedPath(f), f]).find((f) => existsSync(f));
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
  const out = await esbuild.build({ ...workerBundleOptions(entry), write: false });
  return out.outputFiles![0]!.text;
}
