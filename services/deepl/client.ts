import { DeepLClient } from 'deepl-node';

/** How to reach DeepL: the key and, for tests or a proxy, another server. */
export interface DeepLConnection {
  authKey: string;
  /** Overrides DeepL's own choice of endpoint (free or pro, from the key). */
  serverUrl?: string;
  /** Retries of 429, 5xx and network errors, with DeepL's exponential backoff (deepl-node default 5). */
  maxRetries?: number;
  /** Per-request timeout floor in ms (deepl-node default 10 s). */
  minTimeoutMs?: number;
}

/** DeepL's public endpoints. Free keys end in ":fx" and only work on the free one. */
export const DEEPL_FREE_URL = 'https://api-free.deepl.com';
export const DEEPL_PRO_URL = 'https://api.deepl.com';

/**
 * The server a connection talks to. This mirrors deepl-node's own rule (`isFreeAccountAuthKey`:
 * key ends with ":fx"), which the client applies by itself when serverUrl is not given; we compute
 * it only to show the user where their key goes, never to override the client.
 */
export function deeplEndpointFor(connection: Pick<DeepLConnection, 'authKey' | 'serverUrl'>): string {
  if (connection.serverUrl) return connection.serverUrl;
  return connection.authKey.trim().endsWith(':fx') ? DEEPL_FREE_URL : DEEPL_PRO_URL;
}

/**
 * The connection the CLI uses: key from DEEPL_AUTH_KEY, optional DEEPL_SERVER_URL (tests, proxies).
 * Null when no key is set (the caller says which variable to set).
 */
export function deeplConnectionFromEnv(env: NodeJS.ProcessEnv = process.env): DeepLConnection | null {
  const authKey = env.DEEPL_AUTH_KEY?.trim();
  if (!authKey) return null;
  const serverUrl = env.DEEPL_SERVER_URL?.trim();
  return serverUrl ? { authKey, serverUrl } : { authKey };
}

/** A deepl-node client for the connection. Only the key's holder sees the key: nothing here logs it. */
export function createDeepLClient(connection: DeepLConnection): DeepLClient {
  return new DeepLClient(connection.authKey.trim(), {
    ...(connection.serverUrl ? { serverUrl: connection.serverUrl } : {}),
    ...(connection.maxRetries !== undefined ? { maxRetries: connection.maxRetries } : {}),
    ...(connection.minTimeoutMs !== undefined ? { minTimeout: connection.minTimeoutMs } : {}),
    appInfo: { appName: 'duizhao', appVersion: '0.1' },
  });
}
