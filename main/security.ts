/**
 * Where our renderer may be loaded from: the built index.html (file://) or, in development, the
 * electron-vite dev server's origin. Anything else is not our page.
 */
export function isAppUrl(url: string, rendererUrl: string): boolean {
  let actual: URL;
  let expected: URL;
  try {
    actual = new URL(url);
    expected = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (expected.protocol === 'file:') return actual.protocol === 'file:' && actual.pathname === expected.pathname;
  return actual.origin === expected.origin;
}

/** The shape of an IPC event the sender check needs (a subset of Electron's IpcMainInvokeEvent). */
export interface IpcSenderLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * An IPC request is trusted only when it comes from our window's webContents, from its main frame
 * (not an iframe), and from our page's URL. Anything else is dropped before validation.
 */
export function isTrustedSender(event: IpcSenderLike, windowContentsId: number | undefined, rendererUrl: string): boolean {
  if (windowContentsId === undefined || event.sender.id !== windowContentsId) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, rendererUrl);
}

/** The pieces of webContents that hardening touches (structural, so tests pass a fake). */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', listener: (event: { preventDefault(): void }, ...args: unknown[]) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * No navigation away from the app, no redirects, no new windows, no <webview>. Links the
 * translator clicks (e.g. in a glossary note) are handed to the OS browser by `openExternal`,
 * and only when they are http(s).
 */
export function hardenWebContents(contents: HardenableContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** The session hooks used to refuse permissions (camera, notifications, …): the app needs none. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void;
}

export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
