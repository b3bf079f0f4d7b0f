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
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface WebSession {
  /** The session secret (cookie value; also accepted in the token header by in-process callers). */
  readonly secret: string;
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
 * Cookies ignore ports: two web servers on 127.0.0.1 would overwrite one another's cookie under one
 * name, so the name carries the port (known once the server listens, hence a function).
 */
export function createWebSession(port: () => number, secret: string = newSecret()): WebSession {
  const cookieName = (): string => `duizhao-session-${port()}`;
  const unused = new Set<string>();
  return {
    secret,
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
      const value = cookieValue(req.headers.cookie, cookieName());
      return value !== undefined && sameSecret(value, secret);
    },
    setCookie: () => `${cookieName()}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
  };
}
