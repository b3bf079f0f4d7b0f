/**
 * The wrong-document judgement on the samples with a thin lexicon (every other entry kept, as a
 * language pair or domain the dictionary barely covers): the real drafts' aligned share falls under
 * the bar, yet their sentences correspond by length, which an unrelated draft's do not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocs, MIN_EVIDENCE_LIFT, sourceEvidenceShare, wrongDocumentWarning } from '../core/align';
import type { Lexicon } from '../core/align/lexicon';
import type { TargetLang } from '../core/model';
import { importText } from '../core/text';
import { loadLexicon } from '../services/lexicon';

const doc = (name: string, lang: 'zh' | TargetLang) => importText(readFileSync(join(__dirname, '..', 'samples', `${name}-2025-05-08.${lang}.txt`), 'utf8'), lang);

function thin(lang: TargetLang): Lexicon {
  const full = loadLexicon(lang)!;
  return { entries: new Map([...full.entries].filter((_, i) => i % 2 === 0)), maxWordLength: full.maxWordLength };
}

function judge(source: string, draft: string, lang: TargetLang, lexicon: Lexicon) {
  const s = doc(source, 'zh');
  const t = doc(draft, lang);
  const share = sourceEvidenceShare(s, t, alignDocs(s, t, { lexicon }), lexicon);
  return { share, lift: share.share - share.chance, warning: wrongDocumentWarning(share, lang) };
}

describe('wrong-document warning with a thin lexicon', () => {
  for (const lang of ['en', 'ru'] as const) {
    const lexicon = thin(lang);
    it(`${lang}: a real draft under the aligned bar is not warned — its sentences correspond by length`, () => {
      // strategic-stability: the whole statement, web junk after the source; joint-statement: a draft of the first sections only.
      const real = ['strategic-stability', 'joint-statement'].map((name) => judge(name, name, lang, lexicon));
      const underBar = real.filter((r) => r.lift < MIN_EVIDENCE_LIFT[lang]);
      expect(underBar.length).toBeGreaterThan(0);
      for (const r of real) expect(r.warning).toBeUndefined();
      // Asked only under the bar, where it decides.
      for (const r of underBar) expect(r.share.lengthPairingZ).toBeGreaterThan(7.17);
      for (const r of real.filter((x) => !underBar.includes(x))) expect(r.share.lengthPairingZ).toBeUndefined();
    });

    it(`${lang}: the other statement given as the draft is still warned, near chance on the pairing by length`, () => {
      for (const [source, draft] of [['strategic-stability', 'joint-statement'], ['joint-statement', 'strategic-stability']] as const) {
        const wrong = judge(source, draft, lang, lexicon);
        expect(wrong.warning).toMatch(/is it a translation of this source\?/);
        expect(wrong.share.lengthPairingZ).toBeLessThan(3);
      }
    });
  }
});
