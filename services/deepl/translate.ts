import type { DeepLClient } from 'deepl-node';
import { DEEPL_SOURCE_CODE } from '../../core/draft';
import type { DraftBatch, DraftTargetCode } from '../../core/draft';

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
  const results = await client.translateText(
    batch.items.map((i) => i.text),
    DEEPL_SOURCE_CODE,
    target,
    {
      ...(batch.context ? { context: batch.context } : {}),
      ...(glossaryId ? { glossary: glossaryId } : {}),
      ...(target === 'ru' ? { formality: 'prefer_more' as const } : {}),
    },
  );
  return { texts: results.map((r) => r.text), billedCharacters: results.reduce((n, r) => n + (r.billedCharacters ?? 0), 0) };
}
