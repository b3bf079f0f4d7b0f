import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './main/csp';

/**
 * Puts the app's Content-Security-Policy into the built index.html as a <meta>: Electron loads the
 * renderer from file://, where no response header can carry it. Build only: the dev server's
 * inline HMR preamble would be refused by it. Web mode sends the same policy as a header too.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'duizhao-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<head([^>]*)>/i, (head) => `${head}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`),
    },
  };
}

// electron-vite 6 looks in src/<scope>/ by default; this repo keeps main/, preload/ and renderer/ at the root.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'main/index.ts') },
    },
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
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
