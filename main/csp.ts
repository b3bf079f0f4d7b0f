/**
 * The renderer's Content-Security-Policy, one source for the Electron build (a <meta> injected
 * into index.html at build time, see electron.vite.config.ts) and web mode (an HTTP header).
 * Every source is named with the reason it is needed; anything not listed is refused.
 */
const DIRECTIVES: Array<[directive: string, sources: string, why: string]> = [
  ['default-src', "'none'", 'deny by default'],
  // 'wasm-unsafe-eval' lets the QA worker compile Hunspell's WebAssembly (spelling); it allows no
  // JavaScript eval.
  ['script-src', "'self' 'wasm-unsafe-eval'", 'only the bundled scripts and WebAssembly: no inline script, no eval'],
  // Monaco inserts <style> elements at runtime (theme colours, decorations, glyph margins), as VS
  // Code itself does; without 'unsafe-inline' the editor renders unstyled. Style cannot run code.
  ['style-src', "'self' 'unsafe-inline'", 'Monaco injects runtime <style> elements'],
  // Monaco's codicon font is a bundled file; small assets may be inlined by Vite as data: URIs.
  ['font-src', "'self' data:", 'bundled fonts (codicons), possibly inlined by Vite'],
  ['img-src', "'self' data:", 'bundled icons; Monaco CSS uses data: SVG'],
  // Monaco's language worker is a separate bundled file (Vite `?worker`), loaded from 'self'.
  ['worker-src', "'self'", 'the bundled Monaco editor worker'],
  ['connect-src', "'self'", 'web mode calls its own /api/ bridge'],
  ['base-uri', "'none'", 'no <base> rewriting of relative URLs'],
  ['form-action', "'none'", 'the app never submits forms'],
  ['object-src', "'none'", 'no plugins'],
];

/** The policy as a <meta http-equiv> accepts it (frame-ancestors is ignored in meta tags). */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([d, s]) => `${d} ${s}`).join('; ');

/** The policy as an HTTP header (web mode): also forbids framing the app in another page. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * index.html with its CSP <meta> set to ours. A CSP <meta> already in the page is replaced rather
 * than joined (two policies would both apply, and the stricter one would silently win).
 */
export function applyContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  const existing = /<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/i;
  if (existing.test(html)) return html.replace(existing, meta);
  return html.replace(/<head([^>]*)>/i, (head) => `${head}\n    ${meta}`);
}
