import type { DeepLClient } from 'deepl-node';
import { DEEPL_SOURCE_CODE } from '../../core/draft';
import type { DraftBatch, DraftTargetCode } from '../../core/draft';
import { deepLXmlToTokens, tokensToDeepLXml } from '../../core/draft/tag-xml';

/** What one translate request returned. */
export interface BatchTranslation {
  texts: string[];
  /** Characters DeepL billed for the request (its own count). */
  billedCharacters: number;
}

/**
 * Translate one batch with its neighbourhood as `context` and the glossary, zh → target. Formality
 * exists for Russian only: official texts take the formal register.
 */
export async function translateBatch(client: DeepLClient, batch: DraftBatch, target: DraftTargetCode, glossaryId: string | null): Promise<BatchTranslation> {
  // Inline-code tokens (from XLIFF/TMX) travel as XML tags DeepL keeps; the whole request is XML then.
  const tags = batch.items.some((i) => i.text.includes('⟦'));
  const results = await client.translateText(
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
  return {
    texts: results.map((r) => (tags ? deepLXmlToTokens(r.text) : r.text)),
    billedCharacters: results.reduce((n, r) => n + (r.billedCharacters ?? 0), 0),
  };
}
