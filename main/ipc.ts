import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames, ContractError, dispatch } from '../core/contract';
import type { Handlers } from '../core/contract';

/**
 * Register one ipcMain handler per contract channel. Each call is refused unless `isTrusted`
 * accepts its sender, then validated against the channel's schema (`dispatch`). Logs name the
 * channel and the kind of failure only: requests carry the translator's text.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  log: (line: string) => void = (line) => console.warn(line),
): void {
  for (const name of channelNames) {
    ipcMain.handle(name, async (event, payload: unknown) => {
      if (!isTrusted(event)) {
        log(`[ipc] refused ${name}: untrusted sender`);
        throw new Error(`Refused ${name}: the request did not come from the Duizhao window`);
      }
      try {
        return await dispatch(handlers, name, payload);
      } catch (err) {
        log(err instanceof ContractError ? `[ipc] refused ${name}: ${err.issues.length} schema issue(s)` : `[ipc] ${name} failed: ${err instanceof Error ? err.name : 'error'}`);
        throw err;
      }
    });
  }
}
