import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * The Electron entry point (main/index.ts) run against a fake `electron` module: the real one
 * cannot load here. Checks what the app actually does with Electron, not just the helper functions.
 */
const fake = vi.hoisted(() => {
  const userData = `${process.env.TMPDIR ?? '/tmp'}/duizhao-main-app-${process.pid}`;
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  let ready: () => void = () => undefined;
  const windows: FakeWindow[] = [];
  const ipcHandlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const permission = { request: undefined as unknown, check: undefined as unknown };
  const messageBoxAnswers: number[] = [];
  const menus: unknown[] = [];
  /** What app.isAccessibilitySupportEnabled() answers. */
  const system = { screenReader: false };

  class FakeContents {
    id = 41;
    listeners = new Map<string, (...args: unknown[]) => void>();
    openHandler: ((d: { url: string }) => { action: string }) | undefined;
    sent: unknown[][] = [];
    mainFrame = { url: '', parent: null };
    on(name: string, fn: (...args: unknown[]) => void) {
      this.listeners.set(name, fn);
      return this;
    }
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
      this.openHandler = fn;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
  }
  class FakeWindow {
    webContents = new FakeContents();
    listeners = new Map<string, (...args: unknown[]) => void>();
    closed = 0;
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    on(name: string, fn: (...args: unknown[]) => void) {
      this.listeners.set(name, fn);
      return this;
    }
    once(name: string, fn: (...args: unknown[]) => void) {
      return this.on(name, fn);
    }
    maximize() {}
    show() {}
    setDocumentEdited() {}
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1200, height: 800 };
    }
    loadFile = async (file: string) => {
      this.webContents.mainFrame.url = `file://${file}`;
    };
    loadURL = async () => undefined;
    close() {
      this.closed++;
      let prevented = false;
      this.listeners.get('close')?.({ preventDefault: () => (prevented = true) });
      return prevented;
    }
    static getAllWindows() {
      return windows;
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      getPath: () => userData,
      getVersion: () => '0.1.0',
      isAccessibilitySupportEnabled: () => system.screenReader,
      on: (name: string, fn: (...args: unknown[]) => void) => appListeners.set(name, fn),
      whenReady: () => new Promise<void>((resolve) => (ready = resolve)),
      quit: () => undefined,
      requestSingleInstanceLock: () => true,
    },
    BrowserWindow: FakeWindow,
    dialog: { showMessageBoxSync: () => messageBoxAnswers.shift() ?? 2, showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) },
    ipcMain: { handle: (name: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => ipcHandlers.set(name, fn), on: () => undefined },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => menus.push(m) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession: { setPermissionRequestHandler: (fn: unknown) => (permission.request = fn), setPermissionCheckHandler: (fn: unknown) => (permission.check = fn) } },
    shell: { openExternal: async () => undefined },
  };
  return { electron, appListeners, windows, ipcHandlers, permission, messageBoxAnswers, menus, userData, system, ready: () => ready() };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

afterAll(async () => {
  // The close handler's settings write may still be finishing: retry as rm -rf would.
  await fsp.rm(fake.userData, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});

async function startApp() {
  await import('../main/index');
  fake.ready();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  await vi.waitFor(() => expect(fake.windows[0]!.webContents.mainFrame.url).not.toBe(''));
  return fake.windows[0]!;
}

describe('Electron main (with a fake electron module)', () => {
  it('opens one window with the secure preferences, the preload and the built renderer', async () => {
    const win = await startApp();
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs.preload).toBe(path.join(process.cwd(), 'main', '../preload/index.js'));
    expect(win.webContents.mainFrame.url).toMatch(/\/renderer\/index\.html$/);
    expect(typeof fake.permission.request).toBe('function');
    expect(win.webContents.openHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(fake.appListeners.has('web-contents-created')).toBe(true);
    expect(fake.menus).toHaveLength(1);
    expect(fake.appListeners.has('second-instance')).toBe(true);
  });

  it('answers IPC from its window and refuses the same request from another frame', async () => {
    const win = await startApp();
    const info = fake.ipcHandlers.get('app:info')!;
    const frame = { url: win.webContents.mainFrame.url, parent: null };
    await expect(info({ sender: { id: win.webContents.id }, senderFrame: frame }, {})).resolves.toMatchObject({ version: '0.1.0', webMode: false, screenReader: false });
    // A screen reader started since: the next answer says so (the editor's "auto" follows it).
    fake.system.screenReader = true;
    await expect(info({ sender: { id: win.webContents.id }, senderFrame: frame }, {})).resolves.toMatchObject({ screenReader: true });
    await expect(info({ sender: { id: 99 }, senderFrame: frame }, {})).rejects.toThrow(/did not come from the Duizhao window/);
    await expect(info({ sender: { id: win.webContents.id }, senderFrame: { url: 'https://evil.example/', parent: null } }, {})).rejects.toThrow(/did not come/);
  });

  it('closing with unsaved changes asks the page ("Save changes?" there, not a native box); the page then closes it', async () => {
    const win = await startApp();
    const ipc = (name: string, payload: unknown) => fake.ipcHandlers.get(name)!({ sender: { id: win.webContents.id }, senderFrame: { url: win.webContents.mainFrame.url, parent: null } }, payload);
    expect(win.close()).toBe(false); // clean: closes

    await ipc('app:setDirty', { dirty: true });
    const boxes = fake.messageBoxAnswers.length;
    expect(win.close()).toBe(true); // kept open…
    expect(win.webContents.sent.at(-1)).toEqual(['duizhao:menu-command', 'app.closeRequested', undefined]); // …and the page asks
    expect(fake.messageBoxAnswers.length).toBe(boxes); // no native box was shown
    await ipc('app:closeWindow', {}); // the page saved or discarded: closes without asking again
    expect(win.close()).toBe(false);
  });

  it('remembers the window bounds in the user-data folder', async () => {
    await startApp();
    await vi.waitFor(async () => {
      const settings = JSON.parse(await fsp.readFile(path.join(fake.userData, 'settings.json'), 'utf8'));
      expect(settings.windowState).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
    });
  });
});
