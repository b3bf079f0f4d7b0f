import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { startWebServer } from './server';

/**
 * `npm run web`: serve the built renderer and the contract on 127.0.0.1.
 * Options: --port N (default 5180; 0 = any free port), --workspace DIR (default ~/.duizhao-web).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '5180' }, workspace: { type: 'string' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${values.port}"`);
  const workspace = path.resolve(values.workspace ?? path.join(os.homedir(), '.duizhao-web'));
  const server = await startWebServer({ port, workspace, version });
  process.stdout.write(`Duizhao web mode: ${server.launchUrl}\n(the address signs in one browser, once)\nWorkspace: ${workspace}\nPress Ctrl+C to stop.\n`);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`duizhao web: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
