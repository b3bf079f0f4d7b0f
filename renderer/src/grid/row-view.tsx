import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type React from 'react';
import type { Lang, Sentence, TargetLang } from '../../../core/model';
import type { Row } from '../../../core/project/edit';
import { renderHighlighted, offsetAtPoint } from '../util/highlight';
import type { Highlight } from '../util/highlight';
import type { SentenceEditor } from '../editor/sentence-editor';
import { EditorSlot } from './editor-slot';
import { gridCellLabel, gridRowHeaderLabel, lacksDescription } from '../util/spoken-labels';

/** What the row needs to draw its cells. */
export interface RowContext {
  columns: Lang[];
  sentence(lang: Lang, id: string): Sentence | undefined;
  /** The row lets a target sentence's highlights depend on its bead's source (glossary terms). */
  highlights(lang: Lang, sentence: Sentence, row?: Row): Highlight[];
  /** Findings about what a target sentence lacks (no characters to mark): a flag at the sentence's edge, the message in its tooltip. */
  edgeFlags?(lang: Lang, sentence: Sentence): Array<{ severity: 'error' | 'warning' | 'info'; message: string }>;
  /** Required glossary terms the row's translation lacks, drawn as a mark after the cell's text. */
  missingTerms?(row: Row, lang: TargetLang): Array<{ label: string; title: string }>;
  activate(row: number, lang: Lang, sentenceId: string | null, offset?: number): void;
  /** The one Monaco editor, once loaded (null while the page is still fetching it). */
  editor: SentenceEditor | null;
  selectRow(row: number, extend: boolean): void;
}

export interface RowViewProps {
  row: Row;
  index: number;
  /** The active cell when it is in this row (`byNumber`: put there by a click on the row's number). */
  active: { lang: Lang; sentenceId: string | null; byNumber?: boolean } | null;
  selected: boolean;
  problems: { errors: number; warnings: number };
  ctx: RowContext;
  /** Every sentence the row shows: the row redraws only when one of them (or the row) changed. */
  sentences: readonly (Sentence | undefined)[];
  /** Opened whole with a "more" although short windows cut rows to three lines per sentence. */
  whole: boolean;
  /** Open or cut the row again (by row key). */
  toggleWhole(key: string): void;
}

/** Confidence below which a machine-made bead asks for a look. */
export const LOW_CONFIDENCE = 0.5;

const STATUS_LABEL = { empty: 'empty', mt: 'machine translation', draft: 'draft', edited: 'edited', confirmed: 'confirmed' } as const;

/**
 * The gutter's figure: ✎ when any target of the row was aligned by hand (a hand merge in zh→en
 * showed "100 %" because zh→ru was still automatic), and the lowest confidence of the automatic ones.
 */
function rowScore(row: Row): { score: number; manual: boolean } {
  let score = 1;
  let manual = false;
  for (const t of Object.values(row.targets)) {
    if (t!.manual) manual = true;
    else score = Math.min(score, t!.score);
  }
  return { score, manual };
}

interface CellProps {
  row: Row;
  index: number;
  column: number;
  lang: Lang;
  active: RowViewProps['active'];
  ctx: RowContext;
  /** Which of the cell's sentences are cut or long (by `fitKey`), as measured after drawing. */
  fit: TextFit;
  whole: boolean;
  toggleWhole(): void;
}

function Cell({ row, index, column, lang, active, ctx, fit, whole, toggleWhole }: CellProps): React.JSX.Element {
  const flagId = useId();
  const ids = lang === 'zh' ? row.src : (row.targets[lang as TargetLang]?.sentences ?? null);
  const isActiveCell = active?.lang === lang;
  const cellRole = { role: 'gridcell', 'aria-colindex': column } as const;
  if (ids === null) return <div className="cell cell-none" data-lang={lang} {...cellRole} aria-label={gridCellLabel(index + 1, lang, [], '', 'not aligned')} />;
  if (ids.length === 0) {
    return (
      <div
        className={`cell cell-empty${isActiveCell ? ' cell-active' : ''}`}
        data-lang={lang}
        {...cellRole}
        aria-label={gridCellLabel(index + 1, lang, [], '', lang === 'zh' ? 'no source' : 'no translation')}
        onMouseDown={(e) => {
          e.preventDefault();
          ctx.activate(index, lang, null);
        }}
      >
        <span className="placeholder">{lang === 'zh' ? 'no source (added in translation)' : 'no translation — Alt+N adds one'}</span>
      </div>
    );
  }
  const confirmed = lang !== 'zh' && row.targets[lang as TargetLang]?.confirmed;
  const shown = ids.map((id) => ctx.sentence(lang, id)).filter((s): s is Sentence => s !== undefined);
  const label = gridCellLabel(index + 1, lang, shown.map((s) => s.status), shown.map((s) => s.text).join(' '));
  // What a sentence lacks is in no text of the cell: its flag describes the cell to a screen reader.
  const flags = new Map(shown.map((s) => [s.id, ctx.edgeFlags?.(lang, s) ?? []]));
  const described = shown.flatMap((s, i) => (flags.get(s.id)!.length > 0 ? [`${flagId}-${i}`] : []));
  return (
    <div className={`cell${isActiveCell ? ' cell-active' : ''}${confirmed ? ' cell-confirmed' : ''}`} data-lang={lang} lang={lang === 'zh' ? 'zh-CN' : lang} {...cellRole} aria-label={label} aria-describedby={described.length > 0 ? described.join(' ') : undefined}>
      {shown.map((s, i) => {
        const id = s.id;
        const isActive = isActiveCell && active?.sentenceId === id;
        const cut = !whole && fit.get(fitKey(lang, id)) === 'cut';
        return (
          <div key={id} className={`sentence status-${s.status}${isActive ? ' sentence-active' : ''}${cut ? ' sentence-cut' : ''}`} data-sentence={id}>
            <span className={`status-dot status-${s.status}`} title={`Status: ${STATUS_LABEL[s.status]}`} aria-label={STATUS_LABEL[s.status]} />
            <EdgeFlag id={`${flagId}-${i}`} flags={flags.get(id)!} />
            {isActive && ctx.editor ? (
              <EditorSlot editor={ctx.editor} />
            ) : (
              <span
                className="sentence-text"
                // A click edits the sentence at the caret; a drag selects its text to copy or to
                // add as a term (Ctrl+Alt+T), so the editor opens on click, not on mouse down.
                onClick={(e) => {
                  if (e.button !== 0 || selectsTextIn(e.currentTarget)) return;
                  const offset = offsetAtPoint(e.currentTarget, e.clientX, e.clientY);
                  ctx.activate(index, lang, id, offset);
                }}
              >
                {s.text === '' ? <span className="placeholder">empty — type the translation</span> : renderHighlighted(s.text, ctx.highlights(lang, s, row))}
              </span>
            )}
            {cut && <MoreButton whole={false} toggle={toggleWhole} />}
          </div>
        );
      })}
      {whole && ids.some((id) => fit.get(fitKey(lang, id)) === 'long') && (
        <div className="cell-less">
          <MoreButton whole toggle={toggleWhole} />
        </div>
      )}
      {lang !== 'zh' &&
        ctx.missingTerms?.(row, lang as TargetLang).map((m) => (
          <span key={m.label} className="term-missing" title={m.title} data-testid="term-missing">
            {m.label}
          </span>
        ))}
    </div>
  );
}

/** One bead row: gutter (number, paragraph, confidence) and a cell per visible language. */
export const RowView = memo(function RowView({ row, index, active, selected, problems, ctx, sentences, whole, toggleWhole }: RowViewProps): React.JSX.Element {
  const { score, manual } = rowScore(row);
  const low = score < LOW_CONFIDENCE && Object.keys(row.targets).length > 0;
  const element = useRef<HTMLDivElement>(null);
  const fit = useTextFit(element, sentences, whole);
  const toggle = useCallback(() => toggleWhole(row.key), [toggleWhole, row.key]);
  const classes = ['row', active ? 'row-active' : '', active?.byNumber ? 'row-pointed' : '', selected ? 'row-selected' : '', low ? 'row-low' : '', whole ? 'row-whole' : '', problems.errors ? 'row-has-errors' : ''];
  return (
    <div ref={element} className={classes.filter(Boolean).join(' ')} data-row={index} data-testid="row" role="row" aria-rowindex={index + 2}>
      <div
        className="gutter"
        role="rowheader"
        aria-colindex={1}
        aria-label={gridRowHeaderLabel(index + 1, Object.keys(row.targets).length === 0 ? '' : manual ? 'aligned by hand' : `confidence ${Math.round(score * 100)} %`, problems.errors + problems.warnings)}
        title={`Row ${index + 1} · paragraph ${row.para + 1} · ${manual ? `aligned by hand${score < 1 ? `, the other target at confidence ${Math.round(score * 100)} %` : ''}` : `confidence ${Math.round(score * 100)} %`}\nClick: the row Merge, Move and Confirm act on; Shift+click: select a range for re-alignment`}
        onMouseDown={(e) => {
          e.preventDefault();
          ctx.selectRow(index, e.shiftKey);
        }}
      >
        <span className="row-number">{index + 1}</span>
        {Object.keys(row.targets).length > 0 && (
          <span className={`confidence${low ? ' confidence-low' : ''}`}>{manual ? (low ? `✎ ${Math.round(score * 100)}%` : '✎') : `${Math.round(score * 100)}%`}</span>
        )}
        {problems.errors + problems.warnings > 0 && (
          <span className={`row-problems${problems.errors ? ' has-errors' : ''}`}>{problems.errors + problems.warnings}</span>
        )}
      </div>
      {ctx.columns.map((lang, i) => (
        <Cell key={lang} row={row} index={index} column={i + 2} lang={lang} active={active} ctx={ctx} fit={fit} whole={whole} toggleWhole={toggle} />
      ))}
    </div>
  );
}, (a, b) => a.row === b.row && sameItems(a.sentences, b.sentences) && a.ctx === b.ctx && a.selected === b.selected && a.active?.lang === b.active?.lang && a.active?.sentenceId === b.active?.sentenceId && a.active?.byNumber === b.active?.byNumber && a.problems.errors === b.problems.errors && a.problems.warnings === b.problems.warnings && a.index === b.index && a.whole === b.whole && a.toggleWhole === b.toggleWhole);

/**
 * "more" at the end of a cut sentence, where the eye is when the text stops; "less"
 * under a sentence of a row opened whole. Either opens or cuts the whole row, so the columns stay
 * side by side. Not a Tab stop (the rows' scroller is the grid's one): a keyboard user reads a
 * row whole by going to it (Enter, Ctrl+↓, F8, Ctrl+G: the cursor's row is never cut) or with
 * Alt+Z, and a screen reader hears each cell's whole text in its label already.
 */
function MoreButton({ whole, toggle }: { whole: boolean; toggle(): void }): React.JSX.Element {
  return (
    <button
      type="button"
      className={whole ? 'cut-less' : 'cut-more'}
      tabIndex={-1}
      aria-label={whole ? 'Cut the row to three lines' : 'Show the whole row'}
      title={whole ? 'Cut the row to three lines again' : 'Show the whole row (to read a row whole from the keyboard, go to it: Enter, Ctrl+↓, F8; Alt+Z: every row)'}
      onMouseDown={(e) => {
        // Reading is not editing: no editor opens, the row is not selected.
        e.preventDefault();
        e.stopPropagation();
      }}
      onClick={(e) => {
        e.stopPropagation();
        toggle();
      }}
    >
      {whole ? 'less' : <span className="cut-label">more</span>}
    </button>
  );
}

/** Per sentence of a row ("en/<id>"): 'cut' when the three-line clamp hides some of it, 'long' when it is whole but longer than three lines. */
export type TextFit = ReadonlyMap<string, 'cut' | 'long'>;

function fitKey(lang: Lang, id: string): string {
  return `${lang}/${id}`;
}

/**
 * Which sentences of the row are cut or long. Measured whenever the row draws its sentences (an
 * edit can make one longer than three lines without the row growing), when it opens or is cut
 * again, and when the row is resized (a window or a column gets narrower). The buttons it places
 * are out of the text's flow ("more" in room the clamped last line leaves it, layout.css) or under
 * it ("less"), so they do not change what is measured.
 */
function useTextFit(element: React.RefObject<HTMLDivElement | null>, drawn: unknown, whole: boolean): TextFit {
  const [fit, setFit] = useState('');
  useLayoutEffect(() => {
    if (element.current) setFit(measureFit(element.current));
  }, [element, drawn, whole]);
  useLayoutEffect(() => {
    const row = element.current;
    if (!row || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setFit(measureFit(row)));
    observer.observe(row);
    return () => observer.disconnect();
  }, [element]);
  return useMemo(() => new Map(fit === '' ? [] : fit.split(' ').map((entry) => entry.split('=') as [string, 'cut' | 'long'])), [fit]);
}

/** "en/s3=cut ru/s3=long": a string, so an unchanged measure does not redraw the row. */
function measureFit(row: HTMLElement): string {
  const entries: string[] = [];
  for (const text of row.querySelectorAll<HTMLElement>('.sentence-text')) {
    const sentence = text.closest<HTMLElement>('.sentence');
    const lang = text.closest<HTMLElement>('.cell')?.dataset.lang;
    if (!sentence?.dataset.sentence || !lang) continue;
    const key = fitKey(lang as Lang, sentence.dataset.sentence);
    const lineHeight = Number.parseFloat(getComputedStyle(text).lineHeight) || 22;
    if (text.scrollHeight > text.clientHeight + 1) entries.push(`${key}=cut`);
    else if (text.clientHeight > 3 * lineHeight + 1) entries.push(`${key}=long`);
  }
  return entries.join(' ');
}

/** Whether the page's selection is a stretch of text inside `element` (a drag, not a click). */
function selectsTextIn(element: HTMLElement): boolean {
  const selection = window.getSelection();
  return !!selection && !selection.isCollapsed && element.contains(selection.anchorNode) && selection.toString().trim() !== '';
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * One mark at a sentence's left edge for what it lacks (worst severity's colour), every message in
 * the tooltip; beside the editor too. The bar is slim but the pointer's target is the cell's whole
 * left padding (layout in styles.css); its name, with the severities, describes the cell.
 */
function EdgeFlag({ id, flags }: { id: string; flags: Array<{ severity: 'error' | 'warning' | 'info'; message: string }> }): React.JSX.Element | null {
  if (flags.length === 0) return null;
  const worst = flags.some((f) => f.severity === 'error') ? 'error' : flags.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  const messages = flags.map((f) => f.message).join('\n');
  return <span id={id} className={`sentence-flag sentence-flag-${worst}`} title={messages} role="img" aria-label={lacksDescription(flags)} data-testid="sentence-flag" />;
}
