import { LEGIT_REDUPLICATIONS } from '../data/zh-reduplications';
import { ZH_CLAUSE_END, ZH_PREPOSITIONS, ZH_STANDALONE_CHARS } from '../data/zh-function-chars';
import type { Project } from '../../model/types';
import type { Finding, ProjectCheck } from '../types';

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** A Han character repeated at once (个别别) or after one other (军事军事). */
const REPEAT = /(\p{Script=Han})\1|(\p{Script=Han}\p{Script=Han})\2/u;
// Made on first use: ICU loads its Chinese word dictionary for it (≈ 8 ms), and every CLI command
// loads this module with the check registry, most without running the check.
let segmenter: Intl.Segmenter | undefined;
const wordSegmenter = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));

interface Token {
  text: string;
  index: number;
}

/** Whether [start, end) lies inside a dictionary reduplication (的|的确|确 is 的的确确). */
function insideLegitWord(text: string, start: number, end: number): boolean {
  for (let length = 2; length <= 4; length++) {
    for (let from = Math.max(0, end - length); from <= start; from++) {
      if (LEGIT_REDUPLICATIONS.has(text.slice(from, from + length))) return true;
    }
  }
  return false;
}

/** Whether a 的 comes before the end of the clause that starts at `from`. */
function modifierFollows(text: string, from: number): boolean {
  const rest = text.slice(from);
  const end = rest.search(ZH_CLAUSE_END);
  return (end < 0 ? rest : rest.slice(0, end)).includes('的');
}

/**
 * Reduplications the grammar makes of any word, which no dictionary lists: AABB of a two-character
 * word (干干净净, 迷迷惑惑, 破破烂烂) and 一AA / 一A一A of a measure word (一条条, 一步一步).
 */
function insideGrammaticalReduplication(text: string, start: number, end: number): boolean {
  // Every window of four characters around the span: AABB, 一A一A; and of three: 一AA.
  for (let from = Math.max(0, end - 4); from <= start; from++) {
    const [a, b, c, d] = [text[from], text[from + 1], text[from + 2], text[from + 3]];
    if (a === b && c === d && a !== c && d !== undefined) return true;
    if (a === '一' && c === '一' && b === d && b !== undefined) return true;
  }
  for (let from = Math.max(0, end - 3); from <= start; from++) {
    if (text[from] === '一' && text[from + 1] === text[from + 2] && text[from + 2] !== undefined) return true;
  }
  return false;
}

/**
 * Whether the character before `at` and the one at `at` make one word (个别 in 个别别国家): then the
 * second copy is stray. Otherwise AA is the reduplication Chinese makes of verbs, adjectives, sounds
 * and names (瞧瞧, 慢慢, 噗噗, 珍珍), which no typo check should flag.
 */
function joinsWordOnTheLeft(text: string, at: number): boolean {
  if (at === 0) return false;
  const pair = text.slice(at - 1, at + 1);
  if (!HAN_ONLY.test(pair)) return false;
  const [first] = wordSegmenter().segment(pair);
  return first?.segment === pair;
}

/**
 * Spans of a Chinese sentence where a character or word is typed twice by mistake (个别别, 军事军事).
 * ICU's dictionary word segmentation tells 人民|民主 (two words meeting) from 个别|别 (a stray
 * character); CC-CEDICT's reduplications (常常, 谢谢, 人人) and standalone function characters
 * (应对|对世界) are left alone.
 */
export function findDoubledCharacters(text: string): Array<{ start: number; end: number; text: string }> {
  // Word segmentation is the costly part; most sentences have no repeated character at all.
  if (!REPEAT.test(text)) return [];
  const tokens: Token[] = [];
  for (const s of wordSegmenter().segment(text)) if (HAN_ONLY.test(s.segment)) tokens.push({ text: s.segment, index: s.index });
  const out: Array<{ start: number; end: number; text: string }> = [];
  const add = (start: number, end: number): void => {
    if (out.some((o) => o.start === start) || insideLegitWord(text, start, end) || insideGrammaticalReduplication(text, start, end)) return;
    // A lone character doubled (not a word's last character again): a reduplication unless it makes
    // a word with the one before, or is a function character (的的, 了了), which does not reduplicate.
    const single = end - start === 2 && text[start] === text[start + 1];
    if (single && !ZH_STANDALONE_CHARS.has(text[start]!) && !joinsWordOnTheLeft(text, start)) return;
    out.push({ start, end, text: text.slice(start, end) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    if (!a) continue;
    // One token that is itself an unknown AA (ICU glued 别别).
    if (a.text.length === 2 && a.text[0] === a.text[1] && !LEGIT_REDUPLICATIONS.has(a.text)) add(a.index, a.index + 2);
    const b = tokens[i + 1];
    if (!b || b.index !== a.index + a.text.length) continue;
    if (a.text === b.text) {
      if (!LEGIT_REDUPLICATIONS.has(a.text + b.text)) add(a.index, b.index + b.text.length);
      continue;
    }
    const last = a.text[a.text.length - 1] ?? '';
    if (last !== b.text[0]) continue;
    if (a.text.length > 1 && b.text.length > 1) continue; // 人民|民主: two words that meet
    if (LEGIT_REDUPLICATIONS.has(last + last)) continue;
    if (ZH_STANDALONE_CHARS.has(last) && !(ZH_PREPOSITIONS.has(last) && b.text.length === 1 && !modifierFollows(text, b.index + 1))) continue;
    add(a.index, b.index + b.text.length);
  }
  return out;
}

/** Doubled characters or words in the source text, a sign of a typo or a bad copy. */
export const sourceDoubledCharacter: ProjectCheck = {
  id: 'source.doubled-character',
  severity: 'warning',
  scope: 'project',
  description: 'A character or word is doubled in the source (个别别, 军事军事).',
  run(project: Project) {
    const findings: Finding[] = [];
    project.source.paragraphs.forEach((p, para) => {
      if (p.excluded) return;
      for (const s of p.sentences) {
        for (const d of findDoubledCharacters(s.text)) {
          findings.push({
            check: sourceDoubledCharacter.id,
            severity: sourceDoubledCharacter.severity,
            message: `Doubled characters “${d.text}” in the source: a typo?`,
            lang: null,
            bead: null,
            source: { sentences: [s.id], para, range: { sentence: s.id, start: d.start, end: d.end } },
            target: null,
          });
        }
      }
    });
    return findings;
  },
};
