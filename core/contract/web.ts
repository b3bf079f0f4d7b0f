/**
 * The web bridge's wire format, shared by the server (main/web/) and the renderer's client.
 * Each contract channel is served as `POST ${API_PREFIX}<channel>` with a JSON request body; the
 * response is the JSON response, or `{ error: string }` with status 400 (invalid request), 403
 * (token, host or origin refused), 404 (unknown channel) or 500 (the action failed).
 */
export const API_PREFIX = '/api/';

/** `<meta name="duizhao-token" content="…">` carries the per-run token in the served index.html. */
export const TOKEN_META_NAME = 'duizhao-token';

/** Request header that must carry the token on every API call. */
export const TOKEN_HEADER = 'x-duizhao-token';

/** The URL path of one channel. */
export function apiPath(channelName: string): string {
  return `${API_PREFIX}${channelName}`;
}

/** Body of every non-2xx API response. */
export interface ApiErrorBody {
  error: string;
}
