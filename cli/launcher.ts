/**
 * The built CLI's entry point (`out/cli/index.js`): sets the V8 flags, turns on Node's compile cache,
 * then loads the bundled CLI (`out/cli/duizhao.js`). The cache keeps V8's bytecode of the bundle and
 * its packages between runs, so a run does not parse and compile ~1 MB of JavaScript again
 * (decision 0003, sixth round). It has to be enabled before the bundle is loaded, hence this file.
 */
import './compiler-flags';
import * as nodeModule from 'node:module';
import { compileCacheDir } from './compile-cache-dir';

// Best effort: an unusable cache directory only costs the time the cache would have saved.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off (Node reads it); NODE_COMPILE_CACHE picks another folder.
// (Node 22.1+; the project's @types/node predates it.)
const { enableCompileCache } = nodeModule as { enableCompileCache?: (dir: string) => unknown };
try {
  const dir = compileCacheDir();
  if (dir !== null) enableCompileCache?.(dir);
} catch {
  // A Node without the API, or a folder Node cannot use: run without the cache.
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- kept out of this bundle: loaded after the cache is on
require('./duizhao.js');
