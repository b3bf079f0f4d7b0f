import { join, resolve } from 'node:path';
import type { Handlers } from '../../core/contract';
import { createDeepLHandlers } from '../../services/deepl/handlers';
import type { DeepLKeySource } from '../../services/deepl/key-source';

const ROOT = join(__dirname, '..', '..');

/**
 * The app's DeepL channels as main builds them, over a test's user-data folder and the repo's
 * glossary/, talking to the DeepL at `serverUrl` (the fake one). Callers `dispatch` to them, which
 * validates requests exactly as IPC and web mode do.
 */
export function deeplHandlersForTest(serverUrl: string, keys: DeepLKeySource, userDataDir: string): Handlers {
  // webMode: glossary paths are taken as given here (the desktop's path grants are tested in main-desktop-host).
  const host = { webMode: true, userDataDir, glossaryDir: join(ROOT, 'glossary'), resolveProjectPath: (p: string) => resolve(p), resolveGlossaryPath: (p: string) => resolve(ROOT, p) };
  // Only the DeepL channels exist here; the cast lets the tests dispatch to them by name.
  return createDeepLHandlers(host, keys, serverUrl) as unknown as Handlers;
}
