import { useEffect, useRef } from 'react';
import type React from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PlacedFinding } from '../state/findings';
import type { ProblemsLayout } from '../workbench/use-problems-layout';

export interface ProblemsProps {
  problems: readonly PlacedFinding[];
  current: string | null;
  go(problem: PlacedFinding): void;
  close(): void;
  stale: boolean;
  /** Height and collapsed state (workbench/use-problems-layout); without it the panel has a fixed height. */
  layout?: ProblemsLayout;
}

const LANG_LABEL = { zh: '中', en: 'EN', ru: 'RU' } as const;
const ITEM_HEIGHT = 25;

/**
 * The list of QA findings in reading order; a click (or F8) goes to the text. Virtualised like the
 * grid: a long draft can have thousands of findings, and typing must not redraw them all.
 */
export function ProblemsPanel({ problems, current, go, close, stale, layout }: ProblemsProps): React.JSX.Element {
  const errors = problems.filter((p) => p.finding.severity === 'error').length;
  const warnings = problems.filter((p) => p.finding.severity === 'warning').length;
  const scroller = useRef<HTMLOListElement>(null);
  const virtualizer = useVirtualizer({ count: problems.length, getScrollElement: () => scroller.current, estimateSize: () => ITEM_HEIGHT, overscan: 10 });
  const currentIndex = current ? problems.findIndex((p) => p.key === current) : -1;
  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);
  return (
    <section
      className={`problems${layout?.collapsed ? ' is-collapsed' : ''}`}
      aria-label="Problems"
      data-testid="problems-panel"
      style={layout && !layout.collapsed ? { height: layout.height } : undefined}
    >
      {layout && !layout.collapsed && <ResizeHandle layout={layout} />}
      <div className="problems-header">
        {layout && (
          <button type="button" className="problems-toggle" onClick={layout.toggleCollapsed} aria-expanded={!layout.collapsed} title={layout.collapsed ? 'Show the list' : 'Collapse to this line'} data-testid="problems-toggle">
            {layout.collapsed ? '▸' : '▾'}
          </button>
        )}
        <strong>Problems</strong>
        <span className="count count-error">{errors} errors</span>
        <span className="count count-warning">{warnings} warnings</span>
        <span className="count">{problems.length - errors - warnings} notes</span>
        {stale && <span className="count stale">checking…</span>}
        <span className="hint">F8 / Shift+F8 next / previous</span>
        <button type="button" className="tool small" onClick={close} title="Hide (Ctrl+J)">×</button>
      </div>
      <ol className="problems-list" ref={scroller}>
        {problems.length === 0 && <li className="problems-empty">No problems found.</li>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const p = problems[item.index]!;
            return (
              <li
                key={p.key}
                className={`problem severity-${p.finding.severity}${p.key === current ? ' is-current' : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ITEM_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => go(p)}
                data-check={p.finding.check}
              >
                <span className={`sev sev-${p.finding.severity}`}>{p.finding.severity === 'error' ? '●' : p.finding.severity === 'warning' ? '▲' : 'i'}</span>
                <span className="problem-where">
                  {p.row >= 0 ? p.row + 1 : '—'} {LANG_LABEL[p.lang]}
                </span>
                <span className="problem-message" title={p.finding.message}>{p.finding.message}</span>
                <span className="problem-check">{p.finding.check}</span>
              </li>
            );
          })}
        </div>
      </ol>
    </section>
  );
}

/** The panel's top edge: drag (or Up/Down arrow keys) to resize it. */
function ResizeHandle({ layout }: { layout: ProblemsLayout }): React.JSX.Element {
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    const startY = e.clientY;
    const startHeight = layout.height;
    const handle = e.currentTarget;
    handle.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) => layout.setHeight(startHeight + (startY - m.clientY));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  return (
    <div
      className="problems-resize"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the Problems panel"
      aria-valuenow={layout.height}
      tabIndex={0}
      data-testid="problems-resize"
      onPointerDown={onPointerDown}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
          e.preventDefault();
          layout.setHeight(layout.height + (e.key === 'ArrowUp' ? 20 : -20));
        }
      }}
    />
  );
}
