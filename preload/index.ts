import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { channelNames, MENU_COMMAND_EVENT, menuCommandSchema } from '../core/contract';
import type { Api, ChannelMethods, MenuCommandListener } from '../core/contract';

/**
 * Build `window.duizhao` from the contract: one method per channel, each a plain ipcRenderer.invoke
 * on that channel name only. ipcRenderer itself is never exposed, so page code cannot reach any
 * other channel. (Requests are validated in main, where it counts.)
 */
export function buildApi(invoke: (channel: string, payload: unknown) => Promise<unknown>, subscribe: (listener: MenuCommandListener) => () => void): Api {
  const methods = Object.fromEntries(channelNames.map((name) => [name, (request: unknown) => invoke(name, request ?? {})])) as ChannelMethods;
  return { ...methods, onMenuCommand: subscribe };
}

function subscribe(listener: MenuCommandListener): () => void {
  const wrapped = (_event: IpcRendererEvent, command: unknown, arg: unknown): void => {
    const parsed = menuCommandSchema.safeParse(command);
    if (parsed.success) listener(parsed.data, typeof arg === 'string' ? arg : undefined);
  };
  ipcRenderer.on(MENU_COMMAND_EVENT, wrapped);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_EVENT, wrapped);
  };
}

contextBridge.exposeInMainWorld(
  'duizhao',
  buildApi((channel, payload) => ipcRenderer.invoke(channel, payload), subscribe),
);
