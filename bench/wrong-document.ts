/**
 * The wrong-document warning on real translations and on mismatched pairs: each omission-bench
 * document's source against its own target (a translation, gaps planted) and against the next
 * document's target (not a translation). Prints share, chance, lift and the length-pairing z per pair and how many of
 * each kind the warning flags. Reads a make_sets.py output dir (bench only).
 *
 *   node --import tsx bench/wrong-document.ts /tmp/omission-bench
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocs, sourceEvidenceShare, wrongDocumentWarning } from '../core/align';
import type { TargetLang } from '../core/model';
import { importPresegmented } from '../core/text';
import { loadLexicon } from '../services/lexicon';

const root = process.argv[2] ?? '/tmp/omission-bench';
for (const set of readdirSync(root).filter((d) => existsSync(join(root, d, 'langs.txt')))) {
  const lang = readFileSync(join(root, set, 'langs.txt'), 'utf8').trim().split(' ')[1] as TargetLang;
  const lexicon = loadLexicon(lang);
  const docs = readdirSync(join(root, set)).filter((d) => /^\d+$/.test(d)).sort();
  const read = (d: string, f: string, l: 'zh' | TargetLang) => importPresegmented(readFileSync(join(root, set, d, f), 'utf8'), l);
  const flagged = { real: 0, wrong: 0 };
  const rows: string[] = [];
  docs.forEach((d, k) => {
    const src = read(d, 'src.txt', 'zh');
    for (const [kind, tgtDir] of [['real', d], ['wrong', docs[(k + 1) % docs.length]!]] as const) {
      const tgt = read(tgtDir, 'tgt.txt', lang);
      const share = sourceEvidenceShare(src, tgt, alignDocs(src, tgt, lexicon ? { lexicon } : {}), lexicon);
      const warned = wrongDocumentWarning(share, lang) !== undefined;
      if (warned) flagged[kind]++;
      rows.push(`${set}/${d} ${kind.padEnd(5)} share ${share.share.toFixed(3)} chance ${share.chance.toFixed(3)} lift ${(share.share - share.chance).toFixed(3)} length-pairing z ${share.lengthPairingZ?.toFixed(1) ?? '–'}${warned ? '  WARNED' : ''}`);
    }
  });
  console.log(rows.join('\n'));
  console.log(`${set}: warned on ${flagged.real}/${docs.length} real translations, ${flagged.wrong}/${docs.length} mismatched pairs\n`);
}
