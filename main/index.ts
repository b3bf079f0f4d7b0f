import { decideClose } from './close-decision';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, screen, session, shell } from 'electron';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MENU_COMMAND_EVENT } from '../core/contract';
import type { MenuCommand } from '../core/contract';
import { createDesktopHost } from './desktop-host';
import { createDeepLKeyStore } from './deepl-key-store';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { denyAllPermissions, hardenWebContents, isTrustedSender } from './security';
import { createHandlers } from '../services/handlers';
import { createSettingsStore } from '../services/settings';
import { restorableWindowState } from './window-state';

// Electron entry: windows, menus, dialogs. All behaviour lives in Electron-free services
// (services/, top level) shared with web mode and the tests.

/** Packaged: samples/ and glossary/ are extraResources; from a checkout they are at the repo root. */
const resourcesDir = app.isPackaged ? process.resourcesPath : path.join(__dirname, '../..');
const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(path.join(__dirname, '../renderer/index.html')).href;

let mainWindow: BrowserWindow | null = null;
let dirty = false;
let closeConfirmed = false;

const settings = createSettingsStore(app.getPath('userData'));
const host = createDesktopHost({
  version: app.getVersion(),
  platform: process.platform,
  screenReader: () => app.isAccessibilitySupportEnabled(),
  samplesDir: path.join(resourcesDir, 'samples'),
  glossaryDir: path.join(resourcesDir, 'glossary'),
  userDataDir: app.getPath('userData'),
  dialog,
  window: () => mainWindow,
  onDirtyChange: (value) => {
    dirty = value;
    mainWindow?.setDocumentEdited(value);
  },
  closeWithoutPrompt: () => {
    closeConfirmed = true;
    mainWindow?.close();
  },
});
// The DeepL key, encrypted by the OS; safeStorage is usable only once the app is ready, and the store asks it lazily.
host.deeplKeys = createDeepLKeyStore(() => safeStorage, app.getPath('userData'));
const services = createHandlers(host);
// Opening or saving changes the recent list: rebuild File › Open Recent after those calls.
const handlers: typeof services = {
  ...services,
  'project:open': async (request) => {
    const result = await services['project:open'](request);
    void refreshMenu();
    return result;
  },
  'project:save': async (request) => {
    const result = await services['project:save'](request);
    void refreshMenu();
    return result;
  },
};

function send(command: MenuCommand, arg?: string): void {
  mainWindow?.webContents.send(MENU_COMMAND_EVENT, command, arg);
}

async function refreshMenu(): Promise<void> {
  const { recent } = await settings.read();
  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    recent,
    send,
    openRecent: (file) => send('file.open', file),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function createWindow(): Promise<void> {
  const state = restorableWindowState((await settings.read()).windowState, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...state,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Duizhao',
    // Secure defaults spelled out rather than trusted to version defaults, and written as a literal
    // here so the electronegativity audit (npm run audit:electron) can read them; pinned by
    // tests/main-app.test.ts.
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
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
      safeDialogs: true,
      // Middle-click would otherwise try to open links in new windows (denied anyway).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  mainWindow = win;
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  hardenWebContents(win.webContents, (url) => void shell.openExternal(url));

  win.on('close', (event) => {
    const bounds = win.getNormalBounds();
    void settings.update((s) => ({ ...s, windowState: { ...bounds, maximized: win.isMaximized() } }));
    const decision = decideClose({ dirty, confirmed: closeConfirmed, rendererCanAsk: !win.webContents.isLoading?.() && !win.webContents.isCrashed?.() });
    if (decision === 'close') {
      void handlers['project:discardRecovery']({});
      return;
    }
    event.preventDefault();
    // The page asks "Save changes?" as everywhere else, and calls app:closeWindow when it may close.
    if (decision === 'ask-renderer') return send('app.closeRequested');
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: 'Save the changes to this project before closing?',
      detail: 'Your changes will be lost if you do not save them.',
    });
    if (choice === 0) send('app.saveAndClose');
    if (choice === 1) {
      closeConfirmed = true;
      win.close();
    }
  });
  win.on('closed', () => {
    mainWindow = null;
  });

  if (process.env.ELECTRON_RENDERER_URL) await win.loadURL(process.env.ELECTRON_RENDERER_URL);
  else await win.loadFile(path.join(__dirname, '../renderer/index.html'));
}

// Refuse every <webview>, navigation and popup in any webContents, including ones created later.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => void shell.openExternal(url)));

// One instance: two would race on the settings and the crash-recovery copy. A second launch
// brings the running window forward instead.
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

void app.whenReady().then(async () => {
  denyAllPermissions(session.defaultSession);
  registerIpcHandlers(ipcMain, handlers, (event) => isTrustedSender(event, mainWindow?.webContents.id, rendererUrl));
  await refreshMenu();
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
