import { useEffect, useRef, useState } from 'react';
import type { Dismissal } from '../../../core/model';
import type React from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PlacedFinding } from '../state/findings';
import type { ProblemsLayout } from '../workbench/use-problems-layout';
import { EdgeHandle } from './resize-handle';
import { counted } from '../util/counted';
import { problemLabel } from '../util/spoken-labels';

export interface ProblemsProps {
  problems: readonly PlacedFinding[];
  current: string | null;
  go(problem: PlacedFinding): void;
  close(): void;
  stale: boolean;
  /** Whole-project runs drawn so far (data-runs-drawn: a run asked for has landed when it grows). */
  runsDrawn?: number;
  /** Height and collapsed state (workbench/use-problems-layout); without it the panel has a fixed height. */
  layout?: ProblemsLayout;
  /** Resolving completeness findings (issue 17): split off, dismiss, and the list of dismissals. */
  resolve?: ProblemResolve;
}

export interface ProblemResolve {
  /** Does the finding offer "Split off"? (A sentence hidden inside a bead.) */
  canSplitOff(p: PlacedFinding): boolean;
  /** Does the finding offer "Dismiss"? */
  canDismiss(p: PlacedFinding): boolean;
  splitOff(p: PlacedFinding): void;
  dismiss(p: PlacedFinding): void;
  /** Does the finding offer "Trim"? (A space at a sentence's edge.) */
  canTrim(p: PlacedFinding): boolean;
  /** Take the space off, as one undoable edit. */
  trim(p: PlacedFinding): void;
  /** The project's dismissals, for "Dismissed (N)". */
  dismissed: readonly Dismissal[];
  restore(key: string): void;
}

const LANG_LABEL = { zh: '中', en: 'EN', ru: 'RU' } as const;
const ITEM_HEIGHT = 25;

/**
 * The list of QA findings in reading order; a click (or F8) goes to the text. Virtualised like the
 * grid: a long draft can have thousands of findings, and typing must not redraw them all.
 */
export function ProblemsPanel({ problems, current, go, close, stale, runsDrawn, layout, resolve }: ProblemsProps): React.JSX.Element {
  const [showDismissed, setShowDismissed] = useState(false);
  const dismissedCount = resolve?.dismissed.length ?? 0;
  const listingDismissed = showDismissed && dismissedCount > 0;
  const errors = problems.filter((p) => p.finding.severity === 'error').length;
  const warnings = problems.filter((p) => p.finding.severity === 'warning').length;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: problems.length, getScrollElement: () => scroller.current, estimateSize: () => ITEM_HEIGHT, overscan: 10 });
  const currentIndex = current ? problems.findIndex((p) => p.key === current) : -1;
  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);
  const roving = useRovingFocus(problems.length, currentIndex, scroller, (index) => virtualizer.scrollToIndex(index, { align: 'auto' }));
  return (
    <section
      className={`problems${layout?.collapsed ? ' is-collapsed' : ''}`}
      aria-label="Problems"
      data-testid="problems-panel"
      aria-busy={stale}
      data-runs-drawn={runsDrawn}
      style={layout && !layout.collapsed ? { height: layout.height } : undefined}
    >
      {layout && !layout.collapsed && <EdgeHandle edge="top" size={layout.height} setSize={layout.setHeight} className="problems-resize" label="Resize the Problems panel" testId="problems-resize" />}
      <div className="problems-header">
        {layout && (
          <button type="button" className="problems-toggle" onClick={layout.toggleCollapsed} aria-expanded={!layout.collapsed} title={layout.collapsed ? 'Show the list' : 'Collapse to this line'} data-testid="problems-toggle">
            {layout.collapsed ? '▸' : '▾'}
          </button>
        )}
        <strong>Problems</strong>
        <span className="count count-error">{counted(errors, 'error')}</span>
        <span className="count count-warning">{counted(warnings, 'warning')}</span>
        <span className="count">{counted(problems.length - errors - warnings, 'note')}</span>
        {stale && <span className="count stale">checking…</span>}
        {dismissedCount > 0 && (
          <button type="button" className={`tool small problems-dismissed-toggle${listingDismissed ? ' is-on' : ''}`} onClick={() => setShowDismissed((s) => !s)} aria-pressed={listingDismissed} title="Show the findings dismissed in this project (and bring them back)" data-testid="problems-show-dismissed">
            Dismissed ({dismissedCount})
          </button>
        )}
        <span className="hint">F8 / Shift+F8 next / previous</span>
        <button type="button" className="tool small" onClick={close} title="Hide (Ctrl+J)">×</button>
      </div>
      {listingDismissed && resolve && <DismissedList resolve={resolve} />}
      {/* The scroller holds the list; the list itself is the virtualiser's positioned canvas, so each
          finding is an <li> directly in the <ol> (a <div> between them is no list to a screen reader). */}
      <div className="problems-list" ref={scroller} hidden={listingDismissed}>
        {problems.length === 0 && <p className="problems-empty">No problems found.</p>}
        <ol className="problems-items" aria-label="Findings" style={{ height: virtualizer.getTotalSize() }} hidden={problems.length === 0}>
          {virtualizer.getVirtualItems().map((item) => {
            const p = problems[item.index]!;
            return (
              <li
                key={p.key}
                className={`problem severity-${p.finding.severity}${p.key === current ? ' is-current' : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ITEM_HEIGHT, transform: `translateY(${item.start}px)` }}
                data-check={p.finding.check}
                // Only the findings on screen are drawn: each says its place in the whole list.
                aria-posinset={item.index + 1}
                aria-setsize={problems.length}
              >
                {/* One Tab stop for the whole list (roving tabindex): arrows move between findings, Enter goes. */}
                <button
                  type="button"
                  className="problem-go"
                  tabIndex={item.index === roving.index ? 0 : -1}
                  aria-label={problemLabel(p.finding.severity, p.row + 1, p.lang, p.finding.message)}
                  data-index={item.index}
                  onClick={() => go(p)}
                  onFocus={() => roving.setIndex(item.index)}
                  onKeyDown={roving.onKeyDown}
                >
                  <span className={`sev sev-${p.finding.severity}`}>{p.finding.severity === 'error' ? '●' : p.finding.severity === 'warning' ? '▲' : 'i'}</span>
                  <span className="problem-where">
                    {p.row >= 0 ? p.row + 1 : '—'} {LANG_LABEL[p.lang]}
                  </span>
                  <span className="problem-message" title={p.finding.message}>{p.finding.message}</span>
                  <span className="problem-check">{p.finding.check}</span>
                </button>
                <span className="problem-actions">
                  {resolve?.canTrim(p) && (
                    <button type="button" className="problem-action" title="Take the space off the sentence's edge (one step: Ctrl+Z brings it back)" onClick={() => resolve.trim(p)} data-testid="problem-trim">
                      Trim
                    </button>
                  )}
                  {resolve?.canSplitOff(p) && (
                    <button type="button" className="problem-action" title="Split this sentence off as untranslated, into a row of its own; then Alt+N or Draft with DeepL fills it (Alt+Shift+N)" onClick={() => resolve.splitOff(p)} data-testid="problem-split-off">
                      Split off
                    </button>
                  )}
                  {resolve?.canDismiss(p) && (
                    <button type="button" className="problem-action" title="It is fine: hide it, saved in the project (Alt+Shift+D; Dismissed lists it)" onClick={() => resolve.dismiss(p)} data-testid="problem-dismiss">
                      Dismiss
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}

const KEY_STEP: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  PageDown: (i, n) => Math.min(n - 1, i + 10),
  PageUp: (i) => Math.max(0, i - 10),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * The list's one Tab stop (WAI-ARIA roving tabindex): the finding last focused, else the current
 * one, else the first. Arrow keys, Page Up/Down, Home and End move it; the list is virtualised, so
 * the finding is scrolled into view first and focused once it is drawn.
 */
function useRovingFocus(count: number, currentIndex: number, scroller: React.RefObject<HTMLDivElement | null>, reveal: (index: number) => void) {
  // The finding focused last, while the current finding stays the one it was then (F8 or a click
  // in the grid moves the Tab stop to the new current finding).
  const [focused, setFocused] = useState({ index: -1, current: -1 });
  const held = focused.index >= 0 && focused.current === currentIndex ? focused.index : Math.max(0, currentIndex);
  const index = Math.min(count - 1, held);
  const setIndex = (i: number) => setFocused({ index: i, current: currentIndex });
  const onKeyDown = (e: React.KeyboardEvent<HTMLButtonElement>) => {
    const step = KEY_STEP[e.key];
    if (!step || count === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const next = step(index, count);
    setIndex(next);
    reveal(next);
    let tries = 0;
    const focusWhenDrawn = () => {
      const button = scroller.current?.querySelector<HTMLButtonElement>(`.problem-go[data-index="${next}"]`);
      if (button) button.focus();
      else if (++tries < 10) requestAnimationFrame(focusWhenDrawn);
    };
    focusWhenDrawn();
  };
  return { index, setIndex, onKeyDown };
}

/**
 * What a dismissed completeness finding claimed, in words ("not translated"), from its key's claim
 * and side; null for the other checks, whose id the line shows already.
 */
function claimOf(d: Dismissal): string | null {
  const [claim, , side] = d.key.split('|');
  if (claim === 'unaligned') return side === 'src' ? 'said to be not translated' : 'said to have no source';
  if (d.check === 'completeness.partial-omission') return 'said to be translated only in part';
  return null;
}

/** The findings dismissed in this project, each with "Restore" (the finding shows again at the next check). */
function DismissedList({ resolve }: { resolve: ProblemResolve }): React.JSX.Element {
  return (
    <ol className="problems-list problems-dismissed" data-testid="problems-dismissed">
      {resolve.dismissed.map((d) => (
        <li key={d.key} className="problem dismissed">
          <span className="sev">✓</span>
          <span className="problem-where">{d.lang ? d.lang.toUpperCase() : '中'}</span>
          <span className="problem-message" title={d.text}>
            Dismissed: {d.text} {claimOf(d) && <span className="problem-check">({claimOf(d)})</span>}
          </span>
          <span className="problem-check">{d.check}</span>
          <span className="problem-actions">
            <button type="button" className="problem-action" onClick={() => resolve.restore(d.key)} title="Show this finding again" data-testid="problem-restore">
              Restore
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
