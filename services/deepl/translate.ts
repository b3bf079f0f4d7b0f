import { DeepLError } from 'deepl-node';
import type { DeepLClient, TextResult } from 'deepl-node';
import { DEEPL_SOURCE_CODE, estimateDraft } from '../../core/draft';
import type { DraftBatch, DraftTargetCode } from '../../core/draft';
import { deepLXmlToTokens, tokensToDeepLXml } from '../../core/draft/tag-xml';
import { BatchError, DeepLServiceError } from './errors';

/** What one translate request returned. */
export interface BatchTranslation {
  /** One per item; a text DeepL's reply left out is missing (undefined), never an empty string. */
  texts: Array<string | undefined>;
  /** Characters DeepL billed for the batch as it counted them (see `billedFor`), unreadable replies included. */
  billedCharacters: number;
}

/**
 * How often a reply that is not valid JSON is asked again. deepl-node retries 429, 5xx and network
 * errors itself but not a 200 whose body it cannot parse (a proxy cutting the body short).
 */
export const MALFORMED_REPLY_ATTEMPTS = 3;

function isMalformedReply(err: unknown): boolean {
  return err instanceof DeepLError && /^Error parsing response JSON/.test(err.message);
}

/**
 * What DeepL counted for a reply: its own `billed_characters` when it gave one for every text;
 * otherwise (a short reply, a field missing) the characters sent, since DeepL bills what it received.
 */
function billedFor(results: readonly TextResult[], batch: DraftBatch, sent: number): number {
  if (results.length !== batch.items.length) return sent;
  let billed = 0;
  for (const r of results) {
    if (typeof r.billedCharacters !== 'number') return sent;
    billed += r.billedCharacters;
  }
  return billed;
}

/**
 * Translate one batch with its neighbourhood as `context` and the glossary, zh → target. Formality
 * exists for Russian only: official texts take the formal register. A reply that is not valid
 * JSON is asked again (at most MALFORMED_REPLY_ATTEMPTS times); each such reply still counts as
 * billed. A failure is thrown as a BatchError carrying what was billed before it.
 */
export async function translateBatch(client: DeepLClient, batch: DraftBatch, target: DraftTargetCode, glossaryId: string | null): Promise<BatchTranslation> {
  // Inline-code tokens (from XLIFF/TMX) travel as XML tags DeepL keeps; the whole request is XML then.
  const tags = batch.items.some((i) => i.text.includes('⟦'));
  const sent = estimateDraft([batch]).characters;
  let billed = 0;
  for (let attempt = 1; ; attempt++) {
    let results: TextResult[];
    try {
      results = await client.translateText(
        batch.items.map((i) => (tags ? tokensToDeepLXml(i.text) : i.text)),
        DEEPL_SOURCE_CODE,
        target,
        {
          ...(batch.context ? { context: batch.context } : {}),
          ...(glossaryId ? { glossary: glossaryId } : {}),
          ...(target === 'ru' ? { formality: 'prefer_more' as const } : {}),
          ...(tags ? { tagHandling: 'xml' as const } : {}),
        },
      );
    } catch (err) {
      if (!isMalformedReply(err)) throw new BatchError(err, billed);
      billed += sent; // DeepL answered 200: it counted the texts even though the reply is unreadable.
      if (attempt < MALFORMED_REPLY_ATTEMPTS) continue;
      const failure = new DeepLServiceError('server', `DeepL's reply could not be read (not valid JSON) ${attempt} times in a row: a proxy or the connection may be cutting replies short. Try again later; drafts made so far are kept.`);
      throw new BatchError(failure, billed);
    }
    return {
      texts: batch.items.map((_, i) => {
        const r = results[i];
        return r === undefined ? undefined : tags ? deepLXmlToTokens(r.text) : r.text;
      }),
      billedCharacters: billed + billedFor(results, batch, sent),
    };
  }
}
