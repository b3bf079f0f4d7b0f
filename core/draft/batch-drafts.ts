import { alignableSentences } from '../model/doc';
import type { Doc } from '../model/types';
import { CONTEXT_SENTENCES, DEEPL_LIMITS, MAX_CONTEXT_CHARS, MAX_GAP_IN_BATCH } from './limits';
import type { DraftItem } from './plan-draft';

/** One translate request: its texts in source order and the surrounding source text as `context`. */
export interface DraftBatch {
  items: DraftItem[];
  /** Source sentences around the batch that are not translated in it (DeepL does not bill context). */
  context: string;
}

/** The largest context we may add, on the wire (it is cut to MAX_CONTEXT_CHARS characters of at most 4 UTF-8 bytes). */
const CONTEXT_BYTES = 'context'.length + 2 + MAX_CONTEXT_CHARS * 12;

/** Size of a form field on the wire: "&name=" plus the URL-encoded UTF-8 value. */
export function formFieldBytes(name: string, value: string): number {
  return name.length + 2 + encodeURIComponent(value).length;
}

/**
 * Group draft items into DeepL requests. DeepL takes one `context` per request, so a request holds
 * items that sit close together in the source (at most MAX_GAP_IN_BATCH sentences apart) and its
 * context is their neighbourhood; far-apart omissions each get their own request and neighbours.
 * Every request stays within 50 texts and the body size limit.
 */
export function batchDraftItems(items: readonly DraftItem[], source: Doc): DraftBatch[] {
  const sentences = alignableSentences(source).map((s) => s.text.trim());
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const budget = DEEPL_LIMITS.maxRequestBytes - DEEPL_LIMITS.reservedBytes;
  const groups: DraftItem[][] = [];
  let current: DraftItem[] = [];
  let bytes = 0;
  for (const item of sorted) {
    const last = current.at(-1);
    const size = formFieldBytes('text', item.text);
    const near = last !== undefined && item.position - (last.position + last.size) <= MAX_GAP_IN_BATCH;
    const fits = current.length < DEEPL_LIMITS.maxTextsPerRequest && bytes + size + CONTEXT_BYTES <= budget;
    if (last && !(near && fits)) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group) => ({ items: group, context: contextFor(group, sentences) }));
}


function contextFor(group: DraftItem[], sentences: string[]): string {
  const inBatch = new Set<number>();
  for (const item of group) for (let i = 0; i < item.size; i++) inBatch.add(item.position + i);
  const first = group[0]!.position;
  const last = group.at(-1)!.position + group.at(-1)!.size - 1;
  const around: string[] = [];
  for (let i = Math.max(0, first - CONTEXT_SENTENCES); i <= Math.min(sentences.length - 1, last + CONTEXT_SENTENCES); i++) {
    if (!inBatch.has(i)) around.push(sentences[i]!);
  }
  return [...around.join('')].slice(0, MAX_CONTEXT_CHARS).join('');
}
