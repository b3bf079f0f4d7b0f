import { jsonNestsDeeperThan } from './json-depth';
import { createWebSession, LOGIN_PARAM, NO_SESSION, sameSecret, USED_LOGIN } from './session';
import { removeStaleTemps } from '../../services/atomic-write';
import { MAX_PROJECT_BYTES } from '../../core/project/extension';
import * as fsp from 'node:fs/promises';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { ContractError, dispatch, TOKEN_HEADER, API_PREFIX } from '../../core/contract';
import type { Handlers } from '../../core/contract';
import { CONTENT_SECURITY_POLICY_HEADER } from '../csp';
import { createHandlers } from '../../services/handlers';
import { FormatError } from '../../core/formats/format-error';
import { RefusedRequestError } from '../../services/host';
import { createWorkspaceHost } from './workspace-host';
import type { ParseWorker } from '../../services/parse-worker/pool';
import { isNotFound, workspaceRelative } from './error-answer';

export interface WebServerOptions {
  /** 0 (default) = a free port chosen by the OS. */
  port?: number;
  /** Folder holding the user's project files (web mode has no file dialogs). */
  workspace: string;
  /** Per-run session secret (the cookie's value); a random 256-bit one when omitted. */
  token?: string;
  /** The built renderer (electron-vite build → out/renderer). */
  rendererDir?: string;
  samplesDir?: string;
  glossaryDir?: string;
  version?: string;
  /** Where refusals and failures are logged (channel and error kind only, never request text). */
  log?: (line: string) => void;
  /** The worker thread that parses uploads (tests pass one with a short time bound); default: the shared one. */
  parser?: ParseWorker;
  /** Replace the handlers (tests of the bridge itself); default: the real services over the workspace. */
  handlers?: Handlers;
}

export interface WebServer {
  /** The clean base address (API calls are `${url}api/<channel>`); GET of it needs the session cookie. */
  url: string;
  /** The address to print: `url` with a one-time sign-in token that sets the session cookie. */
  launchUrl: string;
  /** Another one-time sign-in address, for the process that owns the server (a test opening a second browser). */
  newLaunchUrl(): string;
  /** The session secret: never served; in-process callers may send it in the token header. */
  token: string;
  close(): Promise<void>;
}

/**
 * Largest request body accepted: a save carries a whole project, so the project limit plus room for
 * the envelope (a 64 MB upload is ≈ 86 MB of base64, under it). One limit with the file store.
 */
export const MAX_BODY_BYTES = MAX_PROJECT_BYTES + 4 * 1024 * 1024;
/** Deepest JSON nesting in a request: a project nests about 8 levels. */
const MAX_BODY_DEPTH = 64;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Headers on every response: no sniffing, no referrer, no framing, the app's CSP. */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * Serve the built renderer and the IPC contract over HTTP on 127.0.0.1 only. Every request must
 * name this server in its Host header (defeats DNS rebinding); every API call must come from this
 * origin (or none) and carry the session cookie (session.ts) or the per-run token, and is validated
 * against the same schemas the
 * Electron IPC uses, then handled by the same services.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const rendererDir = path.resolve(options.rendererDir ?? 'out/renderer');
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const handlers =
    options.handlers ??
    createHandlers(
      createWorkspaceHost({
        workspace: options.workspace,
        version: options.version ?? '0.0.0',
        samplesDir: path.resolve(options.samplesDir ?? 'samples'),
        glossaryDir: path.resolve(options.glossaryDir ?? 'glossary'),
        ...(options.parser ? { parser: options.parser } : {}),
      }),
    );
  await fsp.mkdir(options.workspace, { recursive: true });
  await removeStaleTemps(options.workspace); // what an interrupted save left (issue 12)

  let allowedHosts: Set<string> = new Set();
  let allowedOrigins: Set<string> = new Set();
  let port = 0;
  const session = createWebSession(() => port, options.token);
  const scoped = `/${session.scope}/`;
  const unscoped = (urlPath: string): string => (urlPath.startsWith(scoped) ? urlPath.slice(scoped.length - 1) : urlPath);

  async function readBody(req: http.IncomingMessage): Promise<string> {
    // Refused before a byte is read when the client declares the size.
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw new HttpError(413, 'Request too large');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request too large');
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channelName: string): Promise<void> {
    if (req.method !== 'POST') throw new HttpError(405, 'Use POST for API calls');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) throw new HttpError(403, 'Foreign origin refused');
    const given = req.headers[TOKEN_HEADER];
    const signedIn = session.hasCookie(req) || (typeof given === 'string' && sameSecret(given, session.secret));
    if (!signedIn) throw new HttpError(403, 'Missing or wrong token');
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'Send application/json');
    const text = await readBody(req);
    if (jsonNestsDeeperThan(text, MAX_BODY_DEPTH)) throw new HttpError(400, `Invalid request for ${channelName}: JSON nested deeper than ${MAX_BODY_DEPTH} levels`);
    let payload: unknown;
    try {
      payload = text.length === 0 ? {} : JSON.parse(text);
    } catch {
      throw new HttpError(400, `Invalid request for ${channelName}: body is not JSON`);
    }
    let result: unknown;
    try {
      result = await dispatch(handlers, channelName, payload);
    } catch (err) {
      if (err instanceof ContractError) {
        log(`[web] refused ${channelName}: ${err.issues.length} schema issue(s)`);
        throw new HttpError(err.issues[0] === 'unknown channel' ? 404 : 400, err.message);
      }
      if (err instanceof RefusedRequestError) throw new HttpError(400, err.message);
      // A file whose content cannot be read (binary, empty, broken): the user's input, with the reason.
      if (err instanceof FormatError) throw new HttpError(422, err.message);
      // A missing file is the request's fault (a stale name in the recent list), not the server's.
      if (isNotFound(err)) throw new HttpError(404, err instanceof Error ? err.message : 'File not found');
      log(`[web] ${channelName} failed: ${err instanceof Error ? err.name : 'error'}`);
      throw new HttpError(500, err instanceof Error ? err.message : String(err));
    }
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result ?? null));
  }

  async function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, urlPath: string, query: URLSearchParams): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed');
    let relative: string;
    try {
      relative = decodeURIComponent(urlPath);
    } catch {
      throw new HttpError(400, 'Bad path');
    }
    if (relative === '/' || relative === '') relative = '/index.html';
    const file = path.resolve(rendererDir, `.${path.posix.normalize(relative)}`);
    if (file !== rendererDir && !file.startsWith(rendererDir + path.sep)) throw new HttpError(404, 'Not found');
    const stat = await fsp.stat(file).catch(() => null);
    if (!stat?.isFile()) {
      if (relative === '/index.html') throw new HttpError(500, `The renderer is not built: run "npm run build" (missing ${file})`);
      throw new HttpError(404, 'Not found');
    }
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (relative === '/index.html') {
      // The page needs the session; scripts, styles and fonts are the public build and need none.
      const login = query.get(LOGIN_PARAM);
      if (login !== null) {
        // The printed address opened again in the browser it signed in is a reload, not a replay.
        if (!session.redeem(login) && !session.hasCookie(req)) throw new HttpError(403, USED_LOGIN);
        res.writeHead(303, { ...SECURITY_HEADERS, 'Set-Cookie': session.setCookie(), Location: scoped, 'Cache-Control': 'no-store' });
        res.end();
        return;
      }
      if (!session.hasCookie(req)) throw new HttpError(403, NO_SESSION);
      const html = await fsp.readFile(file, 'utf8');
      send(res, 200, type, req.method === 'HEAD' ? '' : html, { 'Cache-Control': 'no-store' });
      return;
    }
    send(res, 200, type, req.method === 'HEAD' ? '' : await fsp.readFile(file));
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        if (!allowedHosts.has(req.headers.host ?? '')) throw new HttpError(403, 'Host refused: web mode answers on its loopback address only');
        const [fullPath = '/', search = ''] = (req.url ?? '/').split('?', 2);
        // The page and its calls live under /<scope>/ (the cookie's Path); the same routes answer at
        // the root for in-process callers with the token header.
        const urlPath = unscoped(fullPath);
        if (urlPath.startsWith(API_PREFIX)) await handleApi(req, res, urlPath.slice(API_PREFIX.length));
        else await handleStatic(req, res, urlPath, new URLSearchParams(search));
      } catch (err) {
        const status = err instanceof HttpError ? err.status : 500;
        if (!(err instanceof HttpError)) log(`[web] internal error: ${err instanceof Error ? err.name : 'error'}`);
        const message = workspaceRelative(err instanceof Error ? err.message : String(err), options.workspace);
        const isApi = unscoped(req.url ?? '').startsWith(API_PREFIX);
        // A browser shows a refused page as its text: one line, not JSON.
        if (!res.headersSent) send(res, status, isApi ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8', isApi ? JSON.stringify({ error: message }) : `${message}\n`);
        else res.destroy();
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));
  const url = `http://127.0.0.1:${port}${scoped}`;
  const newLaunchUrl = (): string => `${url}?${LOGIN_PARAM}=${session.issueLogin()}`;

  return {
    url,
    launchUrl: newLaunchUrl(),
    newLaunchUrl,
    token: session.secret,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}
