/**
 * The web bridge's wire format, shared by the server (main/web/) and the renderer's client.
 * Each contract channel is served as `POST ${API_PREFIX}<channel>` with a JSON request body; the
 * response is the JSON response, or `{ error: string }` with status 400 (invalid request), 403
 * (session, host or origin refused), 404 (unknown channel) or 500 (the action failed).
 */
export const API_PREFIX = '/api/';

/**
 * Request header that may carry the per-run token on an API call (in-process callers: tests,
 * benches). The page sends none: its session is an HttpOnly cookie the browser adds itself.
 */
export const TOKEN_HEADER = 'x-duizhao-token';

/**
 * The page's address for one channel, relative: the page lives at the session's /<scope>/ (the
 * session cookie's Path, main/web/session.ts), so `api/<channel>` resolves under it and the browser
 * sends the cookie with it.
 */
export function apiPath(channelName: string): string {
  return `${API_PREFIX.slice(1)}${channelName}`;
}

/** Body of every non-2xx API response. */
export interface ApiErrorBody {
  error: string;
}
