import type { Finding, ProjectCheck } from '../types';

/** Han characters or Chinese punctuation: what surrounds a stray English word in a Chinese sentence. */
const CJK = '[\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF]';

/**
 * Lower-case Latin words between Chinese characters ("安全 and 稳定"): left over from editing or a
 * bad copy. Acronyms and names (APEC, G20, OpenAI) are capitalised or carry digits, so they pass.
 */
const STRAY = new RegExp(`(?<=${CJK}[ \\t\\u3000]*)[a-z]{2,}(?:[ \\t]+[a-z]+)*(?=[ \\t\\u3000]*${CJK})`, 'gu');

/** Stray lower-case Latin words inside the Chinese source. */
export const sourceStrayLatin: ProjectCheck = {
  id: 'source.stray-latin',
  severity: 'warning',
  scope: 'project',
  description: 'Stray Latin words inside the Chinese source ("安全 and 稳定").',
  run(project) {
    const findings: Finding[] = [];
    project.source.paragraphs.forEach((p, para) => {
      if (p.excluded) return;
      for (const s of p.sentences) {
        for (const m of s.text.matchAll(STRAY)) {
          const start = m.index ?? 0;
          findings.push({
            check: sourceStrayLatin.id,
            severity: sourceStrayLatin.severity,
            message: `Stray Latin “${m[0]}” inside the Chinese source.`,
            lang: null,
            bead: null,
            source: { sentences: [s.id], para, range: { sentence: s.id, start, end: start + m[0].length } },
            target: null,
          });
        }
      }
    });
    return findings;
  },
};
