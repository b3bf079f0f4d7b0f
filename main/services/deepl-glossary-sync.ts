import { createHash } from 'node:crypto';
import { GlossaryEntries } from 'deepl-node';
import type { DeepLClient } from 'deepl-node';
import { glossaryDictionaries } from '../../core/draft';
import type { RejectedTerm } from '../../core/draft';
import type { TermBase } from '../../core/glossary';
import type { TargetLang } from '../../core/model';
import { describeDeepLError } from './deepl-errors';

/** Every glossary we create is named with this prefix and the term base's content hash. */
export const GLOSSARY_NAME_PREFIX = 'duizhao-';

export interface GlossarySyncResult {
  /** The DeepL glossary to translate with; null when the term base has nothing DeepL can take. */
  glossaryId: string | null;
  name: string | null;
  /** Content hash of what was sent: the glossary version the MT cache keys on. */
  version: string | null;
  /** False when a glossary with the same content already existed and was reused. */
  created: boolean;
  entries: Partial<Record<TargetLang, number>>;
  /** Terms DeepL cannot take, by concept and file line: reported, not fatal. */
  rejected: RejectedTerm[];
}

/** The version of a term base as DeepL would receive it (also usable offline, for cache keys). */
export function glossaryVersion(termBase: TermBase): string | null {
  const { content } = glossaryDictionaries(termBase);
  return content === '' ? null : createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/**
 * Push the term base to DeepL as ONE multilingual (v3) glossary with a zh→en and a zh→ru
 * dictionary. The glossary's name carries the content hash, so an unchanged term base finds its
 * glossary in the account listing and is never uploaded twice, and a changed one gets a new
 * glossary (older "duizhao-" glossaries are left alone: a colleague may still draft with them).
 */
export async function syncGlossary(client: DeepLClient, termBase: TermBase): Promise<GlossarySyncResult> {
  const { dictionaries, rejected, content } = glossaryDictionaries(termBase);
  const entries = Object.fromEntries(dictionaries.map((d) => [d.target, d.entries.length])) as Partial<Record<TargetLang, number>>;
  if (dictionaries.length === 0) return { glossaryId: null, name: null, version: null, created: false, entries, rejected };
  const version = createHash('sha256').update(content).digest('hex').slice(0, 16);
  const name = `${GLOSSARY_NAME_PREFIX}${version}`;
  try {
    const existing = (await client.listMultilingualGlossaries()).find((g) => g.name === name);
    if (existing && dictionaries.every((d) => existing.dictionaries.some((e) => e.targetLangCode.toLowerCase() === d.target && e.entryCount === d.entries.length))) {
      return { glossaryId: existing.glossaryId, name, version, created: false, entries, rejected };
    }
    const created = await client.createMultilingualGlossary(
      name,
      dictionaries.map((d) => ({ sourceLangCode: d.source, targetLangCode: d.target, entries: new GlossaryEntries({ entries: Object.fromEntries(d.entries) }) })),
    );
    return { glossaryId: created.glossaryId, name, version, created: true, entries, rejected };
  } catch (err) {
    throw describeDeepLError(err);
  }
}
