import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake received it: what tests assert was sent. */
export interface LoggedRequest {
  method: string;
  path: string;
  /** Form fields (POST) or query parameters (GET/DELETE), every value of repeated fields kept. */
  params: Record<string, string[]>;
  authorization: string | undefined;
  /** The raw body, for asserting what never travels (e.g. a key in a body). */
  body: string;
}

/** A failure served instead of the normal answer, on the matching requests. */
export interface Fault {
  /** Path prefix it applies to, e.g. "/v2/translate". */
  path: string;
  /** Only requests with this method (e.g. "DELETE"); any method when absent. */
  method?: string;
  /** Let this many matching requests through first. */
  skip?: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /**
   * HTTP status to answer with, "drop" to destroy the connection without an answer, or (translate
   * only, billed as usual) "malformed" for a 200 whose JSON is cut short, "short" for a 200 that
   * leaves out the second half of the translations and every billed_characters.
   */
  status: number | 'drop' | 'malformed' | 'short';
}

/** Where a hold applies: the first matching request after `skip` is held. */
export interface HoldMatch {
  path: string;
  method?: string;
  /** Let this many matching requests through first. */
  skip?: number;
}

/**
 * A request the fake has received and keeps waiting, unanswered, until the test releases it: a
 * deterministic "request in flight" (no retry timing to race against).
 */
export interface Hold {
  /** Resolves when the held request has arrived (it is logged in `requests` by then). */
  arrived: Promise<LoggedRequest>;
  /** Answer it (normally, or with a matching fault); idempotent. */
  release(): void;
}

interface Dictionary {
  source_lang: string;
  target_lang: string;
  entries: string;
}
interface Glossary {
  glossary_id: string;
  name: string;
  creation_time: string;
  dictionaries: Dictionary[];
}

export interface FakeDeepL {
  url: string;
  requests: LoggedRequest[];
  faults: Fault[];
  /** Glossaries the fake holds, by id (v2 ones are stored as one-dictionary glossaries). */
  glossaries: Map<string, Glossary & { v2?: boolean }>;
  /** Billed characters so far (what /v2/usage reports). */
  usage: { count: number; limit: number };
  /** Hold the next matching request (after `skip`) until `release()`. */
  hold(match: HoldMatch): Hold;
  /** Requests to one endpoint, e.g. translateRequests() for POST /v2/translate. */
  translateRequests(): LoggedRequest[];
  /** Ids of the glossaries deleted through the API (v2 and v3 DELETE that found their glossary), in order. */
  deletedGlossaries(): string[];
  close(): Promise<void>;
}

/** Keys the fake accepts; anything else gets 403 like the real API. */
export const FAKE_KEYS = { free: 'fake-0000-free-key:fx', pro: 'fake-1111-pro-key' } as const;

/**
 * A small stand-in for the DeepL API on 127.0.0.1 (random port), speaking the wire format
 * deepl-node 1.28 uses: translate, usage, languages, v2 and v3 glossaries. Translations are
 * deterministic: the glossary's entries replace their source terms, then the text is prefixed
 * with the target code ("[EN-GB] …"), so tests can see which glossary and language were used;
 * `translations` answers the source texts it holds with the test's own translation instead.
 */
export async function startFakeDeepL(options: { keys?: string[]; characterLimit?: number; translations?: ReadonlyMap<string, string> } = {}): Promise<FakeDeepL> {
  const keys = new Set(options.keys ?? Object.values(FAKE_KEYS));
  const requests: LoggedRequest[] = [];
  const faults: Fault[] = [];
  const glossaries = new Map<string, Glossary & { v2?: boolean }>();
  const usage = { count: 0, limit: options.characterLimit ?? 500_000 };
  const seen = new Map<Fault, number>();
  const deleted: string[] = [];
  const holds: Array<{ match: HoldMatch; seen: number; arrive(r: LoggedRequest): void; released: Promise<void>; release(): void }> = [];
  let nextId = 1;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://fake');
    const params: Record<string, string[]> = {};
    const form = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH' ? new URLSearchParams(body) : url.searchParams;
    for (const [k, v] of form) (params[k] ??= []).push(v);
    const logged: LoggedRequest = { method: req.method ?? 'GET', path: url.pathname, params, authorization: req.headers.authorization, body };
    requests.push(logged);

    for (const h of holds) {
      if (!url.pathname.startsWith(h.match.path) || (h.match.method && h.match.method !== req.method)) continue;
      if (++h.seen !== (h.match.skip ?? 0) + 1) continue;
      h.arrive(logged);
      await h.released;
    }

    let mangle: 'malformed' | 'short' | null = null;
    for (const fault of faults) {
      if (!url.pathname.startsWith(fault.path) || (fault.method && fault.method !== req.method)) continue;
      const n = (seen.get(fault) ?? 0) + 1;
      seen.set(fault, n);
      const skip = fault.skip ?? 0;
      if (n > skip && n <= skip + (fault.times ?? 1)) {
        if (fault.status === 'drop') {
          req.socket.destroy();
          return;
        }
        if (fault.status === 'malformed' || fault.status === 'short') {
          mangle = fault.status;
          break;
        }
        return send(res, fault.status, { message: `fake fault ${fault.status}` });
      }
    }

    const key = /^DeepL-Auth-Key (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!key || !keys.has(key)) return send(res, 403, { message: 'Wrong endpoint or invalid auth key' });
    const one = (name: string) => params[name]?.[0];

    if (req.method === 'POST' && url.pathname === '/v2/translate') {
      const target = one('target_lang');
      const texts = params.text ?? [];
      if (!target || texts.length === 0) return send(res, 400, { message: "Parameter 'text' or 'target_lang' not specified." });
      if (target.toUpperCase() === 'EN') return send(res, 400, { message: "Value for 'target_lang' not supported." });
      if (texts.length > 50) return send(res, 413, { message: 'Too many texts' });
      const glossaryId = one('glossary_id');
      const glossary = glossaryId ? glossaries.get(glossaryId) : undefined;
      if (glossaryId && !glossary) return send(res, 404, { message: 'Glossary not found' });
      const dict = glossary?.dictionaries.find((d) => d.target_lang.toLowerCase() === target.slice(0, 2).toLowerCase());
      const billed = texts.map((t) => Array.from(t).length);
      const total = billed.reduce((a, b) => a + b, 0);
      if (usage.count + total > usage.limit) return send(res, 456, { message: 'Quota exceeded' });
      usage.count += total;
      // `options.translations`: a test's own MT for some source texts (what a real DeepL would answer).
      const translations = texts.map((t, i) => ({ detected_source_language: 'ZH', text: options.translations?.get(t) ?? `[${target.toUpperCase()}] ${applyEntries(t, dict)}`, billed_characters: billed[i] }));
      if (mangle === 'malformed') {
        const json = JSON.stringify({ translations });
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(json.slice(0, Math.floor(json.length / 2)));
        return;
      }
      if (mangle === 'short') {
        return send(res, 200, { translations: translations.slice(0, Math.ceil(translations.length / 2)).map(({ detected_source_language, text }) => ({ detected_source_language, text })) });
      }
      return send(res, 200, { translations });
    }
    if (req.method === 'GET' && url.pathname === '/v2/usage') return send(res, 200, { character_count: usage.count, character_limit: usage.limit });
    if (req.method === 'GET' && url.pathname === '/v2/languages') {
      const langs = one('type') === 'target' ? [['EN-GB', 'English (British)'], ['EN-US', 'English (American)'], ['RU', 'Russian'], ['ZH', 'Chinese']] : [['EN', 'English'], ['RU', 'Russian'], ['ZH', 'Chinese']];
      return send(res, 200, langs.map(([language, name]) => ({ language, name, supports_formality: language === 'RU' })));
    }
    if (url.pathname.startsWith('/v2/glossaries') || url.pathname.startsWith('/v3/glossaries')) return glossaryApi(req.method ?? 'GET', url, one, params, res);
    return send(res, 404, { message: `fake DeepL: no ${req.method} ${url.pathname}` });
  }

  function glossaryApi(method: string, url: URL, one: (n: string) => string | undefined, params: Record<string, string[]>, res: ServerResponse): void {
    const v3 = url.pathname.startsWith('/v3/');
    const [, , , id, sub] = url.pathname.split('/');
    const v2Info = (g: Glossary) => ({
      glossary_id: g.glossary_id,
      name: g.name,
      ready: true,
      source_lang: g.dictionaries[0]!.source_lang,
      target_lang: g.dictionaries[0]!.target_lang,
      creation_time: g.creation_time,
      entry_count: countEntries(g.dictionaries[0]!.entries),
    });
    const v3Info = (g: Glossary) => ({
      glossary_id: g.glossary_id,
      name: g.name,
      creation_time: g.creation_time,
      dictionaries: g.dictionaries.map((d) => ({ source_lang: d.source_lang, target_lang: d.target_lang, entry_count: countEntries(d.entries) })),
    });
    const info = (g: Glossary): object => (v3 ? v3Info(g) : v2Info(g));
    if (method === 'POST' && !id) {
      const dictionaries: Dictionary[] = [];
      if (v3) {
        for (let i = 0; params[`dictionaries[${i}].source_lang`]; i++) {
          dictionaries.push({ source_lang: one(`dictionaries[${i}].source_lang`)!, target_lang: one(`dictionaries[${i}].target_lang`)!, entries: one(`dictionaries[${i}].entries`) ?? '' });
        }
      } else dictionaries.push({ source_lang: one('source_lang') ?? '', target_lang: one('target_lang') ?? '', entries: one('entries') ?? '' });
      for (const d of dictionaries) {
        const bad = d.entries.split('\n').find((line) => line !== '' && line.split('\t').length !== 2);
        if (bad !== undefined || !d.source_lang) return send(res, 400, { message: 'Invalid glossary entries' });
      }
      const glossary: Glossary & { v2?: boolean } = { glossary_id: `fake-glossary-${nextId++}`, name: one('name') ?? '', creation_time: new Date().toISOString(), dictionaries, v2: !v3 };
      glossaries.set(glossary.glossary_id, glossary);
      return send(res, 201, info(glossary));
    }
    const visible = [...glossaries.values()].filter((g) => v3 || g.v2);
    if (method === 'GET' && !id) return send(res, 200, { glossaries: visible.map(info) });
    const glossary = id ? glossaries.get(id) : undefined;
    if (!glossary) return send(res, 404, { message: 'Glossary not found' });
    if (method === 'DELETE' && !sub) {
      glossaries.delete(glossary.glossary_id);
      deleted.push(glossary.glossary_id);
      res.writeHead(204).end();
      return;
    }
    if (method === 'GET' && !sub) return send(res, 200, info(glossary));
    if (method === 'GET' && sub === 'entries') {
      if (!v3) {
        res.writeHead(200, { 'Content-Type': 'text/tab-separated-values' }).end(glossary.dictionaries[0]!.entries);
        return;
      }
      const d = glossary.dictionaries.find((x) => x.source_lang === one('source_lang') && x.target_lang === one('target_lang'));
      if (!d) return send(res, 404, { message: 'Dictionary not found' });
      return send(res, 200, { dictionaries: [{ ...d, entries_format: 'tsv' }] });
    }
    return send(res, 405, { message: 'fake DeepL: method not supported' });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => send(res, 500, { message: String(err) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    faults,
    glossaries,
    usage,
    hold(match) {
      let arrive!: (r: LoggedRequest) => void;
      let release!: () => void;
      const arrived = new Promise<LoggedRequest>((resolve) => (arrive = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.push({ match, seen: 0, arrive, released, release });
      return { arrived, release };
    },
    translateRequests: () => requests.filter((r) => r.path === '/v2/translate'),
    deletedGlossaries: () => deleted.slice(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const h of holds) h.release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

function countEntries(tsv: string): number {
  return tsv.split('\n').filter((l) => l !== '').length;
}

/** The glossary at work: each source term (longest first) replaced by its target rendering. */
function applyEntries(text: string, dict: Dictionary | undefined): string {
  if (!dict) return text;
  const pairs = dict.entries
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t') as [string, string])
    .sort((a, b) => b[0].length - a[0].length);
  let out = text;
  for (const [source, target] of pairs) out = out.split(source).join(` ${target} `);
  return out.replace(/ {2,}/g, ' ').trim();
}
