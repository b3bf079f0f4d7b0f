import type { Project, TargetLang } from '../model/types';
import { buildUnits, isSourceless, sideText, type ExportUnit } from './export-units';
import { filterUnits } from './unit-filter';
import { encodeLayout } from './unit-layout';
import { langTag } from './lang-tags';
import { escapeXmlAttr, escapeXmlText } from './xml-escape';
import { inlineXml } from './inline-write';
import { XLIFF12_STATE, XLIFF2_STATE } from './xliff-status';
import type { ExportFinding, ExportOptions } from './export-options';
import { findingsFor, indexFindings, noteText } from './unit-findings';

/** Namespace of Duizhao's extension attributes (confidence, origin, sentence layout). */
export const DUIZHAO_NS = 'urn:duizhao:xliff-extension:1';

/**
 * The note on a unit whose source is empty (a sentence added in the translation, a 0:1 bead): a
 * CAT tool shows an empty source segment, and the note says why. The unit stays, with its
 * `<source>` empty, so the translation holds every sentence and Duizhao reads it back as an addition.
 */
export const ADDITION_NOTE = 'Added in the translation: this sentence has no Chinese source.';

/**
 * The `from` of every XLIFF 1.2 note we write. XLIFF 1.2 leaves `from` free text; translate-toolkit
 * reads it as a role: xliff2po keeps only notes whose `from` contains "translator" (PO translator
 * comments, where its own pofilter puts QA results) or "developer" (extracted comments) and drops
 * the rest without a word, as it dropped our "duizhao"/"duizhao-qa". The findings and the addition
 * note are the translator's QA, so: "translator", the plain role word (a tool comparing `from` for
 * equality finds it too). Which note is which stays in the text ("warning [numbers] …") and `annotates`.
 */
export const NOTE_FROM_12 = 'translator';

/**
 * XLIFF 2.1: one `<unit>` per bead (one `<segment>` inside), segment state from the target status
 * with the exact status in subState, srcLang/trgLang on the root. Confidence, origin and the
 * sentence layout go in dz: attributes, which XLIFF 2 allows on `<unit>` from other namespaces.
 */
export function writeXliff2(project: Project, target: TargetLang, options: ExportOptions = {}): string {
  const units = filterUnits(buildUnits(project, [target]), options);
  const found = indexFindings(options.findings);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:dz="${DUIZHAO_NS}" version="2.1" srcLang="${langTag('zh')}" trgLang="${langTag(target, project.settings)}">`,
    `  <file id="f1" original="${escapeXmlAttr(project.name)}">`,
  ];
  units.forEach((u, i) => {
    const t = u.targets[target];
    const status = t?.status ?? 'empty';
    const targetText = sideText(t, target);
    const notes = findingsFor(u, found, target);
    const added = isSourceless(u, [target]);
    out.push(`    <unit id="u${i + 1}"${extensionAttrs(u, target)}>`);
    if (notes.length || added) {
      out.push('      <notes>');
      // appliesTo as XLIFF 1.2's annotates: the addition note explains the empty source, a finding
      // about one language's text concerns the target.
      if (added) out.push(`        <note category="addition" appliesTo="source">${escapeXmlText(ADDITION_NOTE)}</note>`);
      for (const n of notes) out.push(`        <note category="qa"${n.lang ? ' appliesTo="target"' : ''} priority="${notePriority(n)}">${escapeXmlText(noteText(n))}</note>`);
      out.push('      </notes>');
    }
    out.push(`      <segment id="s${i + 1}" state="${XLIFF2_STATE[status]}" subState="duizhao:${status}">`);
    out.push(`        <source xml:space="preserve">${inlineXml(sideText(u.source, 'zh'), 'xliff2')}</source>`);
    if (t && t.sentences.length) out.push(`        <target xml:space="preserve">${inlineXml(targetText, 'xliff2')}</target>`);
    out.push('      </segment>', '    </unit>');
  });
  out.push('  </file>', '</xliff>', '');
  return out.join('\n');
}

/** A QA note's priority, in both XLIFF versions (1 highest, 10 lowest): error 1, warning 5, info 9. */
function notePriority(f: ExportFinding): number {
  return f.severity === 'error' ? 1 : f.severity === 'warning' ? 5 : 9;
}

/**
 * XLIFF 1.2 for older CAT tools (Trados 2007, OmegaT, Wordfast): one `<trans-unit>` per bead,
 * approved="yes" on confirmed units, target state per XLIFF12_STATE, QA findings as `<note from="translator">`
 * (annotates="target" when a finding is about the translation).
 */
export function writeXliff12(project: Project, target: TargetLang, options: ExportOptions = {}): string {
  const units = filterUnits(buildUnits(project, [target]), options);
  const found = indexFindings(options.findings);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:dz="${DUIZHAO_NS}">`,
    `  <file original="${escapeXmlAttr(project.name)}" source-language="${langTag('zh')}" target-language="${langTag(target, project.settings)}" datatype="plaintext" tool-id="duizhao">`,
    '    <header>',
    `      <tool tool-id="duizhao" tool-name="Duizhao" tool-version="${escapeXmlAttr(options.toolVersion ?? '0.1.0')}"/>`,
    '    </header>',
    '    <body>',
  ];
  units.forEach((u, i) => {
    const t = u.targets[target];
    const status = t?.status ?? 'empty';
    const approved = status === 'confirmed' ? ' approved="yes"' : '';
    out.push(`      <trans-unit id="u${i + 1}" xml:space="preserve"${approved}${extensionAttrs(u, target)}>`);
    out.push(`        <source>${inlineXml(sideText(u.source, 'zh'), 'xliff12')}</source>`);
    const qualifier = status === 'mt' ? ' state-qualifier="mt-suggestion"' : '';
    out.push(`        <target state="${XLIFF12_STATE[status]}"${qualifier}>${inlineXml(sideText(t, target), 'xliff12')}</target>`);
    if (isSourceless(u, [target])) out.push(`        <note from="${NOTE_FROM_12}" annotates="source">${escapeXmlText(ADDITION_NOTE)}</note>`);
    for (const n of findingsFor(u, found, target)) {
      const annotates = n.lang ? ' annotates="target"' : '';
      out.push(`        <note from="${NOTE_FROM_12}"${annotates} priority="${notePriority(n)}">${escapeXmlText(noteText(n))}</note>`);
    }
    out.push('      </trans-unit>');
  });
  out.push('    </body>', '  </file>', '</xliff>', '');
  return out.join('\n');
}

function extensionAttrs(u: ExportUnit, target: TargetLang): string {
  const t = u.targets[target];
  const attrs: string[] = [];
  if (t) attrs.push(`dz:confidence="${t.score.toFixed(3)}"`, `dz:origin="${t.origin}"`, `dz:status="${t.status}"`);
  if (u.source.sentences.length) attrs.push(`dz:source-layout="${escapeXmlAttr(encodeLayout(u.source))}"`);
  if (t && t.sentences.length) attrs.push(`dz:target-layout="${escapeXmlAttr(encodeLayout(t))}"`);
  return attrs.length ? ' ' + attrs.join(' ') : '';
}
