import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';

// require('electron') throws on a machine without the Electron binary; nothing here needs the real one.
vi.mock('electron', () => ({}));

import { denyAllPermissions, hardenWebContents, isAppUrl, isTrustedSender } from '../main/security';
import type { IpcSenderLike } from '../main/security';
import { registerIpcHandlers } from '../main/ipc';
import { channelNames } from '../core/contract';
import type { Handlers } from '../core/contract';
import { applyContentSecurityPolicy, CONTENT_SECURITY_POLICY } from '../main/csp';

const APP = 'file:///opt/Duizhao/resources/app.asar/out/renderer/index.html';
const WINDOW_ID = 7;

function event(overrides: { senderId?: number; url?: string; parent?: unknown; noFrame?: boolean } = {}): IpcSenderLike {
  return {
    sender: { id: overrides.senderId ?? WINDOW_ID },
    senderFrame: overrides.noFrame ? null : { url: overrides.url ?? APP, parent: overrides.parent ?? null },
  };
}

describe('IPC sender check', () => {
  it('trusts our window main frame on our page', () => {
    expect(isTrustedSender(event(), WINDOW_ID, APP)).toBe(true);
    expect(isTrustedSender(event({ url: `${APP}#/bead/12` }), WINDOW_ID, APP)).toBe(true);
  });

  it('refuses another webContents, a subframe, a missing frame, a foreign page, and no window', () => {
    expect(isTrustedSender(event({ senderId: 8 }), WINDOW_ID, APP)).toBe(false);
    expect(isTrustedSender(event({ parent: { url: APP } }), WINDOW_ID, APP)).toBe(false);
    expect(isTrustedSender(event({ noFrame: true }), WINDOW_ID, APP)).toBe(false);
    expect(isTrustedSender(event({ url: 'https://evil.example/index.html' }), WINDOW_ID, APP)).toBe(false);
    expect(isTrustedSender(event({ url: 'file:///tmp/downloaded.html' }), WINDOW_ID, APP)).toBe(false);
    expect(isTrustedSender(event(), undefined, APP)).toBe(false);
  });

  it('in development, trusts the dev server origin only', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://localhost.evil.example:5173/', dev)).toBe(false);
    expect(isAppUrl('not a url', dev)).toBe(false);
  });
});

describe('registerIpcHandlers', () => {
  function setup(trusted: boolean) {
    const registered = new Map<string, (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>>();
    const calls: string[] = [];
    const handlers = Object.fromEntries(channelNames.map((n) => [n, async (req: unknown) => { calls.push(n); return { echoed: req }; }])) as unknown as Handlers;
    const logs: string[] = [];
    registerIpcHandlers({ handle: (name: string, fn: never) => void registered.set(name, fn) } as never, handlers, () => trusted, (l) => logs.push(l));
    return { registered, calls, logs };
  }

  it('registers exactly one handler per contract channel', () => {
    expect([...setup(true).registered.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('refuses an untrusted sender before validation or the handler', async () => {
    const { registered, calls, logs } = setup(false);
    await expect(registered.get('app:setDirty')!({} as IpcMainInvokeEvent, { dirty: true })).rejects.toThrow(/did not come from the Duizhao window/);
    expect(calls).toEqual([]);
    expect(logs).toEqual(['[ipc] refused app:setDirty: untrusted sender']);
  });

  it('validates a trusted request and logs refusals without the request text', async () => {
    const { registered, calls, logs } = setup(true);
    await expect(registered.get('file:pickText')!({} as IpcMainInvokeEvent, { lang: 'Секретный текст' })).rejects.toThrow(/Invalid request for file:pickText: lang/);
    expect(calls).toEqual([]);
    expect(logs.join('\n')).not.toContain('Секретный');
    await expect(registered.get('file:pickText')!({} as IpcMainInvokeEvent, { lang: 'ru' })).resolves.toEqual({ echoed: { lang: 'ru' } });
    expect(calls).toEqual(['file:pickText']);
  });
});

describe('navigation, windows and permissions', () => {
  it('prevents navigation, redirects and <webview>, denies new windows and hands only http(s) links to the OS', () => {
    const listeners = new Map<string, (e: { preventDefault(): void }) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const opened: string[] = [];
    hardenWebContents(
      { on: (name, fn) => listeners.set(name, fn as never), setWindowOpenHandler: (fn) => (openHandler = fn) },
      (url) => opened.push(url),
    );
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const prevent = vi.fn();
      listeners.get(name)!({ preventDefault: prevent });
      expect(prevent, name).toHaveBeenCalledOnce();
    }
    expect(openHandler!({ url: 'https://www.mfa.gov.cn/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.mfa.gov.cn/']);
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (g: boolean) => void) => void) | undefined;
    let check: ((...a: unknown[]) => boolean) | undefined;
    denyAllPermissions({ setPermissionRequestHandler: (fn) => (request = fn), setPermissionCheckHandler: (fn) => (check = fn) });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check!({}, 'media')).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('denies by default and allows scripts from the app only (no inline, no eval)', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    // 'wasm-unsafe-eval' (Hunspell's WebAssembly in the QA worker) allows no JavaScript eval.
    expect(CONTENT_SECURITY_POLICY.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('replaces a CSP meta already in index.html instead of adding a second policy', () => {
    const html = `<html><head>\n<meta\n  http-equiv="Content-Security-Policy"\n  content="default-src 'self'"\n/>\n<title>x</title></head></html>`;
    const out = applyContentSecurityPolicy(html);
    expect(out.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(out).toContain(CONTENT_SECURITY_POLICY);
    expect(applyContentSecurityPolicy('<html><head><title>x</title></head></html>')).toContain(`<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
  });
});
