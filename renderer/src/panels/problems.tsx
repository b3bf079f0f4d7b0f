import { useEffect, useRef } from 'react';
import type React from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PlacedFinding } from '../state/findings';

export interface ProblemsProps {
  problems: readonly PlacedFinding[];
  current: string | null;
  go(problem: PlacedFinding): void;
  close(): void;
  stale: boolean;
}

const LANG_LABEL = { zh: '中', en: 'EN', ru: 'RU' } as const;
const ITEM_HEIGHT = 25;

/**
 * The list of QA findings in reading order; a click (or F8) goes to the text. Virtualised like the
 * grid: a long draft can have thousands of findings, and typing must not redraw them all.
 */
export function ProblemsPanel({ problems, current, go, close, stale }: ProblemsProps): React.JSX.Element {
  const errors = problems.filter((p) => p.finding.severity === 'error').length;
  const warnings = problems.filter((p) => p.finding.severity === 'warning').length;
  const scroller = useRef<HTMLOListElement>(null);
  const virtualizer = useVirtualizer({ count: problems.length, getScrollElement: () => scroller.current, estimateSize: () => ITEM_HEIGHT, overscan: 10 });
  const currentIndex = current ? problems.findIndex((p) => p.key === current) : -1;
  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);
  return (
    <section className="problems" aria-label="Problems" data-testid="problems-panel">
      <div className="problems-header">
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
                  {p.row + 1} {LANG_LABEL[p.lang]}
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
