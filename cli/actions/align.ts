import { alignDocs, alignableWithBreaks, sourceEvidenceShare, wrongDocumentWarning } from '../../core/align';
import type { Doc, Sentence, TargetLang } from '../../core/model/types';
import { TARGET_LANGS } from '../../core/model/types';
import { ALIGN_FORMATS as FORMATS } from '../output-formats';
import { mtFilesByLang, mtLines, unusedMtFile } from './source-mt';
import { CliError } from '../errors';
import { readDoc, readTranslation } from '../io';
import { refuseImplausibleSource } from '../input-langs';
import { lexiconFor } from './engine';

type Format = (typeof FORMATS)[number];

export interface AlignFlags {
  mt?: string;
  presegmented?: boolean;
  format: string;
  sourceLang: string;
  targetLang?: string;
  forceLangs?: boolean;
}

/** The action of `duizhao align`, loaded only when that command runs. */
export async function runAlignCommand(source: string, target: string, flags: AlignFlags): Promise<void> {
  process.stdout.write(await runAlign(source, target, flags));
}

async function runAlign(sourcePath: string, targetPath: string, flags: AlignFlags): Promise<string> {
  if (flags.sourceLang !== 'zh') throw new CliError(`unknown source language '${flags.sourceLang}': only zh is supported`);
  if (flags.targetLang !== undefined && !(TARGET_LANGS as readonly string[]).includes(flags.targetLang)) {
    throw new CliError(`unknown target language '${flags.targetLang}': use one of ${TARGET_LANGS.join(', ')}`);
  }
  if (!(FORMATS as readonly string[]).includes(flags.format)) throw new CliError(`unknown format '${flags.format}': use one of ${FORMATS.join(', ')}`);
  const format = flags.format as Format;
  const readOptions = { presegmented: flags.presegmented ?? false };
  const source = await readDoc(sourcePath, 'zh', readOptions);
  await refuseImplausibleSource(sourcePath, source, [targetPath], flags.forceLangs);
  const target = await readTranslation(targetPath, flags.targetLang as TargetLang | undefined, { ...readOptions, forceLangs: flags.forceLangs });
  const src = alignableWithBreaks(source).sentences;
  const tgt = alignableWithBreaks(target).sentences;
  if (src.length === 0) throw new CliError(`${sourcePath}: no sentences to align`);
  if (tgt.length === 0) throw new CliError(`${targetPath}: no sentences to align`);
  const mt = flags.mt ? await readMtFor(flags.mt, target.lang as TargetLang, src.length) : undefined;
  const lexicon = lexiconFor(target.lang as TargetLang);
  // Beads only: the per-bead completeness verdicts are `check`'s (about a third of the work on mag),
  // and the beads format prints no confidence either.
  const alignment = alignDocs(source, target, { mt, lexicon, verdicts: false, confidences: format !== 'beads' });
  // A different document still gets beads, each with a confidence of its own: say so once.
  const wrong = wrongDocumentWarning(sourceEvidenceShare(source, target, alignment, lexicon), target.lang as TargetLang);
  if (wrong) process.stderr.write(`duizhao: warning: ${targetPath}: ${wrong}\n`);
  const srcPos = new Map(src.map((s, i) => [s.id, i]));
  const tgtPos = new Map(tgt.map((s, j) => [s.id, j]));
  const beads = alignment.beads.map((b) => ({ src: b.src.map((id) => srcPos.get(id)!), tgt: b.tgt.map((id) => tgtPos.get(id)!), score: b.score }));
  switch (format) {
    case 'beads':
      return beads.map((b) => `[${b.src.join(', ')}]:[${b.tgt.join(', ')}]\n`).join('');
    case 'tsv':
      return beads
        .map((b) => `${tsvCell(b.src.map((i) => src[i]!.text).join(''))}\t${tsvCell(b.tgt.map((j) => tgt[j]!.text).join(' '))}\t${b.score.toFixed(3)}\n`)
        .join('');
    case 'json':
      return `${JSON.stringify({ source: docJson(source, src), target: docJson(target, tgt), beads: beads.map((b) => ({ ...b, score: round(b.score) })) }, null, 2)}\n`;
  }
}

/** The MT file of a target: in its language (an English MT is no evidence for a Russian draft), one line per source sentence. */
async function readMtFor(path: string, lang: TargetLang, expected: number): Promise<string[]> {
  const { byLang, sole } = await mtFilesByLang([path], 1);
  const wrong = unusedMtFile(byLang, [lang]);
  if (wrong) throw wrong;
  return mtLines(byLang.get(lang) ?? sole!, expected);
}

function docJson(doc: Doc, sentences: Sentence[]) {
  return { lang: doc.lang, sentences: sentences.map((s, index) => ({ index, id: s.id, text: s.text })) };
}

function tsvCell(text: string): string {
  return text.replace(/[\t\n\r]+/g, ' ');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
