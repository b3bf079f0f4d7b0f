import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { applyContentSecurityPolicy } from './main/csp';
import { BUILT_WORKER, workerBundleOptions } from './services/parse-worker/locate';

/**
 * Electron loads the renderer from file://, where no response header can carry a CSP: put the
 * app's one policy into the built index.html instead. Build only: the dev server's inline HMR
 * preamble would be refused. Web mode also sends the policy as a header.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'duizhao-csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: applyContentSecurityPolicy },
  };
}

/**
 * The worker thread (services/parse-worker) as one self-contained file beside the built main:
 * out/main/parse-worker.js requires only Node's built-in modules, so the packaged app runs it
 * from app.asar.unpacked (electron-builder.yml) with no node_modules beside it.
 */
function parseWorkerBundle(outDir: string): Plugin {
  return {
    name: 'duizhao-parse-worker',
    apply: 'build',
    async closeBundle() {
      const { build } = await import('esbuild');
      await build({ ...workerBundleOptions(resolve(__dirname, 'services/parse-worker/worker.ts')), outfile: resolve(outDir, BUILT_WORKER) });
    },
  };
}

// electron-vite 6 looks in src/<scope>/ by default; this repo keeps main/, preload/ and renderer/ at the root.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: { index: resolve(__dirname, 'main/index.ts') } },
    },
    // The worker (services/parse-worker) is written beside it as out/main/parse-worker.js, which
    // services/parse-worker/locate.ts finds.
    plugins: [parseWorkerBundle(resolve(__dirname, 'out/main'))],
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'preload/index.ts') },
      // A sandboxed preload may require only 'electron': bundle everything else (zod, the contract) into it.
      externalizeDeps: false,
      rolldownOptions: { external: ['electron'], output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), contentSecurityPolicy()],
    // Module workers, so a worker's dynamic import() becomes a chunk of its own (an 'iife' worker
    // inlines it): the QA worker loads pinyin-pro (names.spelling, ~300 kB) only when that check runs.
    worker: {
      format: 'es',
      // Named for what it holds (rolldown would call it "esm", after pinyin-pro's dist/esm/ entry).
      rolldownOptions: { output: { chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.includes('/node_modules/pinyin-pro/')) ? 'assets/pinyin-pro-[hash].js' : 'assets/[name]-[hash].js') } },
    },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the page parses about half the bytes at
      // start-up (figures in docs/ui.md). Main and preload stay readable: they are small and load once.
      minify: 'oxc',
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
