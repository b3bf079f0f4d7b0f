import type { DraftBatch } from './batch-drafts';

/** What a draft run will send, before anything is sent. */
export interface DraftEstimate {
  /** Characters DeepL bills: the texts only (context is free), counted as Unicode code points. */
  characters: number;
  /** Source segments (beads) to translate. */
  segments: number;
  /** Translate requests. */
  requests: number;
}

/** Billed characters of one text: DeepL counts characters, not bytes or UTF-16 units. */
export function billedCharacters(text: string): number {
  return Array.from(text).length;
}

/** The cost estimate of a planned run; equals what the run sends, text for text. */
export function estimateDraft(batches: readonly DraftBatch[]): DraftEstimate {
  let characters = 0;
  let segments = 0;
  for (const batch of batches) {
    for (const item of batch.items) characters += billedCharacters(item.text);
    segments += batch.items.length;
  }
  return { characters, segments, requests: batches.length };
}
