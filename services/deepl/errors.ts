import { AuthorizationError, ConnectionError, DeepLError, GlossaryNotFoundError, QuotaExceededError, TooManyRequestsError } from 'deepl-node';

/** What went wrong, in the categories a translator can act on. */
export type DeepLFailureKind = 'no-key' | 'auth' | 'quota' | 'rate' | 'server' | 'network' | 'glossary' | 'request' | 'cancelled' | 'unknown';

/** A DeepL failure as the user sees it: a category and one plain sentence saying what to do. */
export class DeepLServiceError extends Error {
  override name = 'DeepLServiceError';
  constructor(
    readonly kind: DeepLFailureKind,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A failed translate request together with the characters DeepL billed for it before it failed
 * (unreadable replies it still counted), so the run's total says what the account was charged.
 */
export class BatchError extends Error {
  override name = 'BatchError';
  constructor(
    readonly error: unknown,
    readonly billedCharacters: number,
  ) {
    super(error instanceof Error ? error.message : String(error));
  }
}

/** Node's error codes for "cannot reach the server at all". */
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE']);

/** Which DeepL job failed: the message says what was kept and how to go on in its terms. */
export type DeepLJob = 'draft' | 'mt';

const KEPT: Record<DeepLJob, { kept: string; again: string }> = {
  draft: { kept: 'Drafts made so far are kept', again: 'draft again' },
  mt: { kept: 'The machine translations that arrived are in the MT cache, so running it again sends only the rest', again: 'run it again' },
};

/**
 * Map any error from deepl-node (or the network under it) to a DeepLServiceError with a message a
 * translator understands. The message never repeats the key; server text is kept only as a short
 * detail for 4xx/5xx answers, which carry no secrets. `job` fits the advice to what was running:
 * a draft keeps its drafts, a machine translation for alignment (`mt`) keeps its MT cache.
 */
export function describeDeepLError(err: unknown, job: DeepLJob = 'draft'): DeepLServiceError {
  if (err instanceof BatchError) return describeDeepLError(err.error, job);
  if (err instanceof DeepLServiceError) return err;
  const { kept, again } = KEPT[job];
  if (err instanceof AuthorizationError) {
    return new DeepLServiceError('auth', 'DeepL refused the authentication key (403). Check the key in Settings (or DEEPL_AUTH_KEY): it may be mistyped, revoked, or a free key (ending in :fx) sent to the Pro server.');
  }
  if (err instanceof QuotaExceededError) {
    return new DeepLServiceError('quota', `The DeepL character quota for this billing period is used up (456). ${kept}; raise the limit in the DeepL account or wait for the next period.`);
  }
  if (err instanceof TooManyRequestsError) {
    return new DeepLServiceError('rate', `DeepL is receiving too many requests (429) and still refused after several retries. Wait a minute and ${again}: ${lower(kept)}.`);
  }
  // translateText does not raise GlossaryNotFoundError (deepl-node checks its status without the
  // glossary flag): a translate naming a deleted glossary comes back as a plain 404 about the glossary.
  if (err instanceof GlossaryNotFoundError || (err instanceof DeepLError && /^Not found\b.*glossary/i.test(err.message))) {
    return new DeepLServiceError('glossary', `The glossary on DeepL was not found (it may have been deleted from the account). ${capital(again)}: it is re-created from the term base.`);
  }
  if (err instanceof ConnectionError || isOffline(err)) {
    return new DeepLServiceError('network', `Cannot reach DeepL (no network connection, or a firewall or proxy is blocking api.deepl.com). Everything else works offline; ${again} when connected.`);
  }
  if (err instanceof DeepLError) {
    const status = /status code: (\d{3})/.exec(err.message)?.[1] ?? (/^Service unavailable/.test(err.message) ? '503' : undefined);
    if (status && status.startsWith('5')) {
      return new DeepLServiceError('server', `DeepL's servers answered with an error (${status}) after several retries. This is on DeepL's side: try again later; ${lower(kept)}.`);
    }
    return new DeepLServiceError('request', `DeepL rejected the request: ${shorten(err.message)}`);
  }
  if (err instanceof Error && err.name === 'AbortError') return new DeepLServiceError('cancelled', job === 'draft' ? 'Drafting was cancelled.' : 'The machine translation was cancelled.');
  return new DeepLServiceError('unknown', `${job === 'draft' ? 'DeepL drafting' : 'DeepL machine translation'} failed: ${err instanceof Error ? shorten(err.message) : String(err)}`);
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function isOffline(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && OFFLINE_CODES.has(code)) return true;
    e = (e as { cause?: unknown; error?: unknown }).cause ?? (e as { error?: unknown }).error;
  }
  return false;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 300 ? `${oneLine.slice(0, 300)}…` : oneLine;
}
