import { findTagTokens } from '../../../core/model/tag-tokens';
import { useMemo } from 'react';
import type { RowContext } from '../grid/row-view';
import type { SentenceEditor } from '../editor/sentence-editor';
import type { Glossary } from '../state/glossary';
import type { Highlight } from '../util/highlight';
import type { findMatches } from '../util/search';
import type { CursorState } from './use-cursor';
import type { Findings } from './use-findings';
import type { ProjectViews } from './use-project-views';

type Match = ReturnType<typeof findMatches>[number];

/** What the grid draws a row with: columns, sentences, highlights (terms, findings, search hits), the editor. */
export function useGridContext(views: ProjectViews, glossary: Glossary, findings: Findings, matches: Match[], currentMatch: Match | null, nav: CursorState, editor: SentenceEditor | null): RowContext {
  const { columns, maps } = views;
  const { findingsBySentence, sourceMarks } = findings;
  const { activate, setSelection, cursorRowRef } = nav;
  return useMemo<RowContext>(
    () => ({
      columns,
      sentence: (lang, id) => maps[lang].get(id),
      highlights: (lang, s) => {
        const out: Highlight[] = [];
        if (lang === 'zh') {
          for (const hit of glossary.sourceTerms(s.text)) out.push({ start: hit.span.start, end: hit.span.end, className: 'term', title: `${hit.text}\n${glossary.describe(hit.concept)}` });
        }
        if (lang === 'zh') {
          for (const p of sourceMarks.get(s.id) ?? []) out.push({ start: p.sourceMark!.start, end: p.sourceMark!.end, className: `qa qa-${p.finding.severity}`, title: p.finding.message });
        }
        for (const p of findingsBySentence.get(`${lang}:${s.id}:`) ?? []) {
          const whole = p.start === undefined;
          out.push({ start: p.start ?? 0, end: p.end ?? s.text.length, className: `qa qa-${p.finding.severity}${whole ? ' qa-whole' : ''}${p.finding.check === 'spelling.misspelling' ? ' qa-spelling' : ''}`, title: p.finding.message });
        }
        // Inline codes of an XLIFF/TMX (⟦1⟧) look like the editor's chips in the plain cells too.
        for (const t of findTagTokens(s.text)) out.push({ start: t.start, end: t.end, className: t.closing ? 'tag-chip tag-chip-close' : 'tag-chip', title: `Inline code ${t.n} from the original file` });
        for (const m of matches) {
          if (m.lang === lang && m.sentenceId === s.id) out.push({ start: m.start, end: m.end, className: m === currentMatch ? 'search-hit search-current' : 'search-hit' });
        }
        return out;
      },
      activate,
      editor,
      selectRow: (row, extend) => {
        setSelection((sel) => (extend ? { anchor: sel?.anchor ?? (cursorRowRef.current >= 0 ? cursorRowRef.current : row), to: row } : { anchor: row, to: row }));
      },
    }),
    [columns, maps, glossary, findingsBySentence, sourceMarks, matches, currentMatch, activate, editor, setSelection, cursorRowRef],
  );
}
