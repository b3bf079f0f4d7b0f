import { findTagTokens } from '../../../core/model/tag-tokens';
import { useMemo } from 'react';
import type { RowContext } from '../grid/row-view';
import type { SentenceEditor } from '../editor/sentence-editor';
import type { Glossary } from '../state/glossary';
import type { Highlight } from '../util/highlight';
import type { Row } from '../../../core/project/edit';
import type { TargetTermMark } from '../../../core/qa/term-marks';
import type { findMatches } from '../util/search';
import type { CursorState } from './use-cursor';
import type { Findings } from './use-findings';
import { absentFromTarget } from '../state/findings';
import type { ProjectViews } from './use-project-views';

type Match = ReturnType<typeof findMatches>[number];

/** What the grid draws a row with: columns, sentences, highlights (terms, findings, search hits), the editor. */
export function useGridContext(views: ProjectViews, glossary: Glossary, findings: Findings, matches: Match[], currentMatch: Match | null, nav: CursorState, editor: SentenceEditor | null): RowContext {
  const { columns, maps } = views;
  const { findingsBySentence, sourceMarks } = findings;
  const { activate, pointAtRow, setSelection, cursorRowRef } = nav;
  return useMemo<RowContext>(
    () => ({
      columns,
      sentence: (lang, id) => maps[lang].get(id),
      highlights: (lang, s, row) => {
        const out: Highlight[] = [];
        if (lang === 'zh') {
          for (const hit of glossary.sourceTerms(s.text)) out.push({ start: hit.span.start, end: hit.span.end, className: 'term', title: `${hit.text}\n${glossary.describe(hit.concept)}` });
        } else if (row) {
          for (const m of glossary.targetTerms(beadSource(row, maps), s.text, lang)) out.push(targetTermHighlight(m, glossary));
        }
        if (lang === 'zh') {
          for (const p of sourceMarks.get(s.id) ?? []) out.push({ start: p.sourceMark!.start, end: p.sourceMark!.end, className: `qa qa-${p.finding.severity}`, title: p.finding.message });
        }
        for (const p of findingsBySentence.get(`${lang}:${s.id}:`) ?? []) {
          if (absentFromTarget(p)) continue; // flagged at the sentence's edge (edgeFlags), not over its text
          const severity = p.finding.severity;
          // A whole-sentence finding tints; classes of its own, so a word's underline inside it survives.
          const className = p.start === undefined ? `qa-whole qa-whole-${severity}` : `qa qa-${severity}${p.finding.check === 'spelling.misspelling' ? ' qa-spelling' : ''}`;
          out.push({ start: p.start ?? 0, end: p.end ?? s.text.length, className, title: p.finding.message });
        }
        // Inline codes of an XLIFF/TMX (⟦1⟧) look like the editor's chips in the plain cells too.
        for (const t of findTagTokens(s.text)) out.push({ start: t.start, end: t.end, className: t.closing ? 'tag-chip tag-chip-close' : 'tag-chip', title: `Inline code ${t.n} from the original file` });
        for (const m of matches) {
          if (m.lang === lang && m.sentenceId === s.id) out.push({ start: m.start, end: m.end, className: m === currentMatch ? 'search-hit search-current' : 'search-hit' });
        }
        return out;
      },
      edgeFlags: (lang, s) =>
        (findingsBySentence.get(`${lang}:${s.id}:`) ?? []).filter(absentFromTarget).map((p) => ({ severity: p.finding.severity, message: p.finding.message })),
      missingTerms: (row, lang) => {
        const ids = row.targets[lang]?.sentences ?? [];
        const target = ids.map((id) => maps[lang].get(id)?.text ?? '').join(' ');
        return glossary.missingTerms(beadSource(row, maps), target, lang).map((m) => ({ label: `⚠ ${m.wanted[0]}`, title: `Glossary: ${m.source} should be translated ${m.wanted.map((w) => `“${w}”`).join(' or ')}` }));
      },
      activate,
      editor,
      selectRow: (row, extend) => {
        // A plain click also moves the cursor there: Merge ↓ acted on the row of the last sentence
        // clicked, perhaps scrolled away, while the bar said "rows 5–5 selected".
        if (!extend) return pointAtRow(row);
        setSelection((sel) => ({ anchor: sel?.anchor ?? (cursorRowRef.current >= 0 ? cursorRowRef.current : row), to: row }));
      },
    }),
    [columns, maps, glossary, findingsBySentence, sourceMarks, matches, currentMatch, activate, pointAtRow, editor, setSelection, cursorRowRef],
  );
}

/** The Chinese text of a row's bead, as the editor binding joins it (term spans are offsets into it). */
export function beadSource(row: Row, maps: ProjectViews['maps']): string {
  return row.src.map((id) => maps.zh.get(id)?.text ?? '').join('');
}

/** A target term's highlight: the same hover as the source side, red when it is a forbidden variant. */
export function targetTermHighlight(m: TargetTermMark, glossary: Glossary): Highlight {
  const what = m.forbidden ? `Forbidden variant of ${m.source}` : m.source;
  return { start: m.span.start, end: m.span.end, className: m.forbidden ? 'term term-forbidden' : 'term', title: `${what}\n${glossary.describe(m.concept)}` };
}
