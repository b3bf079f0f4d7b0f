import type { Api, ChannelName, ChannelMethods, Request, Response } from '../../core/contract';
import type { MenuCommand } from '../../core/contract/events';
import { apiPath } from '../../core/contract/web';
import type { ApiErrorBody } from '../../core/contract/web';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser (web mode). */
    duizhao?: Api;
  }
}

/** An API call that failed; the message is the main side's (it never quotes the user's text). */
export class ApiError extends Error {
  override name = 'ApiError';
}

/**
 * The web bridge: each channel is `POST /api/<channel>`; the browser adds the session cookie (HttpOnly:
 * this code never sees it) that the printed sign-in address set. A Proxy keeps it to the contract's shape without shipping the zod schemas to the page.
 */
function webBridge(): Api {
  async function call<K extends ChannelName>(name: K, request: Request<K>): Promise<Response<K>> {
    const res = await fetch(apiPath(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request ?? {}),
    });
    const body: unknown = await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }));
    if (!res.ok) throw new ApiError((body as ApiErrorBody).error ?? `${name} failed (${res.status})`);
    return body as Response<K>;
  }
  const methods = new Proxy({} as ChannelMethods, {
    get: (_target, name) => (request: unknown) => call(name as ChannelName, request as never),
  });
  // Web mode has no native menus, so there are no menu commands to listen to.
  const onMenuCommand = (_listener: (command: MenuCommand) => void) => () => {};
  return new Proxy(methods as Api, {
    get: (target, name) => (name === 'onMenuCommand' ? onMenuCommand : Reflect.get(target, name)),
  });
}

let cached: Api | undefined;

/** The one way the renderer reaches the system: the preload's window.duizhao, else the web bridge. */
export function api(): Api {
  cached ??= window.duizhao ?? webBridge();
  return cached;
}

/** True in a browser served by `npm run web` (no preload). */
export function isWebMode(): boolean {
  return window.duizhao === undefined;
}
