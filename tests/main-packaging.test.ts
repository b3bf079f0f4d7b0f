import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SAMPLE_BASENAME } from '../services/sample-project';
import { BUILT_WORKER, locateParseWorker } from '../services/parse-worker/locate';
import { COMPILED_RESOURCE_DIR, compiledLexiconDir, compiledLexiconDirs, compiledLexiconPath } from '../services/lexicon';

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
  it('electron-vite builds services/parse-worker/worker.ts as out/main/parse-worker.js', async () => {
    const config = (await import('../electron.vite.config')).default as { main: { build: { outDir: string; lib: { entry: Record<string, string> } } } };
    expect(config.main.build.outDir).toBe('out/main');
    expect(config.main.build.lib.entry[BUILT_WORKER.replace(/\.js$/, '')]).toBe(path.resolve('services/parse-worker/worker.ts'));
    expect(existsSync(config.main.build.lib.entry[BUILT_WORKER.replace(/\.js$/, '')]!)).toBe(true);
  });

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
