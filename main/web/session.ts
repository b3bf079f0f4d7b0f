import { randomBytes, timingSafeEqual } from 'node:crypto';
import type * as http from 'node:http';

/**
 * Web mode's sign-in (issue 12): the address printed at start carries a one-time token; the first
 * GET with it gets the per-run session secret in an HttpOnly, SameSite=Strict cookie and a redirect
 * to the clean address. The page never sees a secret (no meta tag): a local user who did not get
 * the printed address is refused, and script in the page cannot read the cookie.
 */

/** Query parameter of the one-time sign-in token in the printed address. */
export const LOGIN_PARAM = 't';

/** Why GET / was refused, one line each (shown as the page's whole text). */
export const NO_SESSION = 'No web mode session in this browser: open the address printed by "npm run web" (it signs in once).';
export const USED_LOGIN = 'This sign-in address was already used (or is not this run\'s): restart "npm run web" for a new one, or use the browser that opened it.';

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** One value of a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  return cookieValues(header, name)[0];
}

/** Every value of `name` in a Cookie header (another server on this host may have set one under the same name). */
export function cookieValues(header: string | undefined, name: string): string[] {
  const values: string[] = [];
  if (!header) return values;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  return values;
}

export interface WebSession {
  /** The session secret (cookie value; also accepted in the token header by in-process callers). */
  readonly secret: string;
  /**
   * The run's random path segment: the page lives at /<scope>/ and the cookie's Path is /<scope>/,
   * so the browser sends it only there — not to other servers on 127.0.0.1 (cookies ignore ports,
   * but not paths), which do not know the segment.
   */
  readonly scope: string;
  /** A fresh one-time sign-in token. */
  issueLogin(): string;
  /** Spends a one-time token: true the first time a token issued here is shown, false after. */
  redeem(login: string): boolean;
  /** True when the request carries the session cookie. */
  hasCookie(req: http.IncomingMessage): boolean;
  /** The Set-Cookie value that signs this browser in. */
  setCookie(): string;
}

/**
 * Cookies ignore ports: a cookie for 127.0.0.1 goes to every server on it. The name carries the
 * port (two Duizhao servers do not overwrite each other; known once the server listens, hence a
 * function), and the Path is the run's random scope: the browser sends the secret only with
 * requests under /<scope>/, so a local server on another port the user browses to never gets it.
 */
export function createWebSession(port: () => number, secret: string = newSecret(), scope: string = randomBytes(16).toString('base64url')): WebSession {
  const cookieName = (): string => `duizhao-session-${port()}`;
  const unused = new Set<string>();
  return {
    secret,
    scope,
    issueLogin() {
      const login = newSecret();
      unused.add(login);
      return login;
    },
    redeem(login) {
      for (const candidate of unused) {
        if (sameSecret(candidate, login)) {
          unused.delete(candidate);
          return true;
        }
      }
      return false;
    },
    hasCookie(req) {
      // Any of them: a cookie another local server set under this name (Path=/) must not hide ours.
      return cookieValues(req.headers.cookie, cookieName()).some((value) => sameSecret(value, secret));
    },
    setCookie: () => `${cookieName()}=${secret}; HttpOnly; SameSite=Strict; Path=/${scope}/`,
  };
}
