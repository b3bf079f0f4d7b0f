/// <reference types="vite/client" />

/** hunspell-asm's CommonJS entry (see state/worker-speller.ts), typed as the package. */
declare module 'hunspell-asm/dist/cjs/index.js' {
  export * from 'hunspell-asm';
}
