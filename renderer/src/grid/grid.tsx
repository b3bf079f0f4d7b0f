import { useCallback, useEffect, useRef, useState } from 'react';
import type React from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Lang, TargetLang } from '../../../core/model';
import type { Row } from '../../../core/project/edit';
import { RowView } from './row-view';
import type { RowContext } from './row-view';
import type { ColumnStat } from '../workbench/use-summary';

const LANG_TITLE: Record<Lang, string> = { zh: '中文 · source', en: 'English', ru: 'Русский' };

export interface GridProps {
  rows: readonly Row[];
  ctx: RowContext;
  active: { row: number; lang: Lang; sentenceId: string | null; byNumber?: boolean } | null;
  selection: { from: number; to: number } | null;
  problemsByRow: ReadonlyMap<number, { errors: number; warnings: number }>;
  /** Bump `nonce` to scroll a row into view. */
  scrollTo: { row: number; nonce: number; align?: 'auto' | 'center' } | null;
  /** Per language, how many target sentences are translated, for the column headers. */
  columnStats: Partial<Record<TargetLang, ColumnStat>>;
  /** Every row whole: short windows otherwise cut rows to three lines per sentence (Alt+Z). */
  wholeRows: boolean;
}

const NO_PROBLEMS = { errors: 0, warnings: 0 };

/**
 * "98 % translated · 1 to check" on one line. Each phrase is unbreakable; in a narrow column
 * (≈ 230 px at 1024 px beside the glossary) "translated" is left to screen readers and the tooltip
 * (styles.css), and should even "98 % · 1 to check · 2 left out" not fit, it ends in "…" rather
 * than wrapping "1 to / check".
 */
function ColumnFigures({ stat }: { stat: ColumnStat }): React.JSX.Element {
  const title = `${stat.percent} of the source sentences translated${stat.open.length ? `; ${stat.open.join(', ')}` : ''}`;
  return (
    <span className="column-stat" title={title}>
      <span className="stat-phrase">
        {stat.percent}
        <span className="stat-word"> translated</span>
      </span>
      {stat.open.map((part) => (
        <span key={part} className="stat-phrase">{` · ${part}`}</span>
      ))}
    </span>
  );
}

/**
 * The aligned view: a virtualised list of bead rows, so only the rows on screen exist in the DOM
 * (a 5,000-bead statement scrolls like a 50-bead one). Row heights are measured as they render.
 */
export function Grid({ rows, ctx, active, selection, problemsByRow, scrollTo, columnStats, wholeRows }: GridProps): React.JSX.Element {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: 6,
    getItemKey: (i) => rows[i]!.key,
  });

  // Rows opened whole with their "more" (by row key, so they stay open when scrolled away and back).
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const toggleWhole = useCallback((key: string) => {
    setOpened((keys) => {
      const next = new Set(keys);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);

  useEffect(() => {
    if (scrollTo && scrollTo.row >= 0 && scrollTo.row < rows.length) virtualizer.scrollToIndex(scrollTo.row, { align: scrollTo.align ?? 'auto' });
    // Scroll only when asked (nonce), not when rows change under the cursor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollTo?.nonce]);

  const template = `56px repeat(${ctx.columns.length}, minmax(0, 1fr))`;
  return (
    // An ARIA grid for screen readers: the header row and every bead row are counted (aria-rowcount),
    // though only the rows on screen exist; each drawn row says where it stands (aria-rowindex).
    <div className={`grid${wholeRows ? ' grid-whole' : ''}`} role="grid" aria-label="Alignment" aria-rowcount={rows.length + 1} aria-colcount={ctx.columns.length + 1} style={{ ['--grid-columns' as string]: template }}>
      <div className="grid-header" role="row" aria-rowindex={1}>
        <div className="gutter-header" role="columnheader" aria-colindex={1} aria-label="Row">
          #
        </div>
        {ctx.columns.map((lang, i) => (
          <div key={lang} className="column-header" data-lang={lang} role="columnheader" aria-colindex={i + 2}>
            <span>{LANG_TITLE[lang]}</span>
            {lang !== 'zh' && columnStats[lang] && <ColumnFigures stat={columnStats[lang]} />}
          </div>
        ))}
      </div>
      {/* The grid's one Tab stop (Enter opens the next sentence), as before; to the tree, the rows' group. */}
      <div className="grid-scroller" ref={scroller} data-testid="grid-scroller" role="rowgroup" aria-label="Rows">
        <div className="grid-canvas" role="none" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const isActive = active?.row === item.index;
            const sentences = [
              ...row.src.map((id) => ctx.sentence('zh', id)),
              ...(['en', 'ru'] as const).flatMap((t) => (row.targets[t]?.sentences ?? []).map((id) => ctx.sentence(t, id))),
            ];
            return (
              <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} className="row-frame" role="none" style={{ transform: `translateY(${item.start}px)` }}>
                <RowView
                  row={row}
                  index={item.index}
                  active={isActive ? { lang: active.lang, sentenceId: active.sentenceId, byNumber: active.byNumber === true } : null}
                  selected={selection !== null && item.index >= selection.from && item.index <= selection.to}
                  problems={problemsByRow.get(item.index) ?? NO_PROBLEMS}
                  ctx={ctx}
                  sentences={sentences}
                  whole={!wholeRows && opened.has(row.key)}
                  toggleWhole={toggleWhole}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
