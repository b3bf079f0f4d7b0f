import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SAMPLE_BASENAME } from '../services/sample-project';
import { BUILT_WORKER, locateParseWorker, unpackedPath } from '../services/parse-worker/locate';
import { createParseWorker } from '../services/parse-worker/pool';
import { alignDocs } from '../core/align';
import { COMPILED_RESOURCE_DIR, compiledLexiconDir, compiledLexiconDirs, compiledLexiconPath, loadLexicon } from '../services/lexicon';

const require = createRequire(import.meta.url);
type Configuration = { extraResources: Array<{ from: string; to: string }>; files: Array<{ filter: string[] }>; linux: { target: string[] }; win: { target: string[] }; mac: { target: string[] } };
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, configPath: string | null, fromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema validation and targets Linux, Windows and macOS", async () => {
    const config = await getConfig(process.cwd(), null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('ships the data main reads from resourcesPath (sample, glossary, lexicon) from folders that exist', async () => {
    const config = await getConfig(process.cwd(), null, null);
    const shipped = new Map(config.extraResources.map((r) => [r.to, r.from]));
    expect(existsSync(path.join(shipped.get('samples')!, `${SAMPLE_BASENAME}.zh.txt`))).toBe(true);
    expect(existsSync(path.join(shipped.get('resources/lexicon')!, 'cedict-zh-en.tsv'))).toBe(true);
    expect(existsSync(shipped.get('glossary')!)).toBe(true);
    expect(config.files.flatMap((f) => f.filter)).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**']));
  });

  it('ships the compiled lexicons from where the build writes them to where the packaged app looks for them', async () => {
    const config = await getConfig(process.cwd(), null, null);
    const shipped = config.extraResources.find((r) => r.to === COMPILED_RESOURCE_DIR);
    // scripts/build-lexicon-bin.ts writes compiledLexiconPath(tsv, 'out'): into out/lexicon.
    expect(path.normalize(shipped?.from ?? '')).toBe(compiledLexiconDir('out'));
    expect(path.dirname(compiledLexiconPath(path.join('resources', 'lexicon', 'cedict-zh-en.tsv'), 'out'))).toBe(compiledLexiconDir('out'));
    // In the packaged app, process.resourcesPath/lexicon-compiled is among the folders searched.
    expect(compiledLexiconDirs('/opt/Duizhao/resources')).toContain(path.join('/opt/Duizhao/resources', COMPILED_RESOURCE_DIR));
  });
});

describe('the parse worker ships with the built main', () => {
  it('the build writes services/parse-worker/worker.ts as out/main/parse-worker.js, one file that requires only Node built-ins', async () => {
    const built = path.resolve('out', 'main', BUILT_WORKER);
    // `npm test` builds first; a bare vitest run without a build has nothing to check here.
    if (!existsSync(built)) return expect(existsSync(path.resolve('services/parse-worker/worker.ts'))).toBe(true);
    const code = readFileSync(built, 'utf8');
    const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!));
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    expect([...required].filter((r) => !builtins.has(r))).toEqual([]);
    expect(required.has('node:worker_threads')).toBe(true);
    // No require with a computed name either (it could not be resolved from app.asar.unpacked).
    expect(code).not.toMatch(/\brequire\(\s*[A-Za-z_$][\w$]*\s*\)/);
  });

  it('the packaged app unpacks the worker from app.asar and runs it from there, with no node_modules beside it', async () => {
    const config = (await getConfig(process.cwd(), null, null)) as Configuration & { asarUnpack?: string[] | string };
    expect(([] as string[]).concat(config.asarUnpack ?? [])).toContain(`out/main/${BUILT_WORKER}`);
    const built = path.resolve('out', 'main', BUILT_WORKER);
    if (!existsSync(built)) return;
    // The layout of an installed app: resources/app.asar (a file main reads through Electron's fs)
    // and resources/app.asar.unpacked/out/main/parse-worker.js (a plain file).
    const resources = mkdtempSync(path.join(tmpdir(), 'duizhao-packaged-'));
    try {
      const unpacked = path.join(resources, 'app.asar.unpacked', 'out', 'main');
      mkdirSync(unpacked, { recursive: true });
      copyFileSync(built, path.join(unpacked, BUILT_WORKER));
      writeFileSync(path.join(resources, 'app.asar'), '');
      const mainDir = path.join(resources, 'app.asar', 'out', 'main');
      expect(unpackedPath(path.join(mainDir, BUILT_WORKER))).toBe(path.join(unpacked, BUILT_WORKER));
      const located = await locateParseWorker(mainDir, false);
      expect(located).toEqual({ file: path.join(unpacked, BUILT_WORKER) });
      // It runs from there: segmenting and aligning with the lexicon main found for it.
      const pool = createParseWorker({ source: async () => located });
      try {
        const zh = await pool.run({ kind: 'importText', label: 'zh', raw: '双方同意加强合作。\n\n双方将继续协调。', lang: 'zh' });
        const en = await pool.run({ kind: 'importText', label: 'en', raw: 'The sides agreed to strengthen cooperation.\n\nThe sides will continue to coordinate.', lang: 'en' });
        const { alignment } = await pool.run({ kind: 'alignDocs', source: zh, target: en });
        expect(alignment).toEqual(alignDocs(zh, en, { lexicon: loadLexicon('en') }));
      } finally {
        await pool.close();
      }
    } finally {
      rmSync(resources, { recursive: true, force: true });
    }
  }, 60_000);

  it('the built main finds it beside index.js or one folder up (a chunk); a missing one is a clear error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-built-main-'));
    try {
      await expect(locateParseWorker(dir, false)).rejects.toThrow(`The parse worker is missing: ${BUILT_WORKER} was not built beside ${dir}`);
      writeFileSync(path.join(dir, BUILT_WORKER), '');
      expect(await locateParseWorker(dir, false)).toEqual({ file: path.join(dir, BUILT_WORKER) });
      mkdirSync(path.join(dir, 'chunks'));
      expect(await locateParseWorker(path.join(dir, 'chunks'), false)).toEqual({ file: path.join(dir, BUILT_WORKER) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
