import type React from 'react';
import type { PlacedFinding } from '../state/findings';

export interface ProblemsProps {
  problems: readonly PlacedFinding[];
  current: string | null;
  go(problem: PlacedFinding): void;
  close(): void;
  stale: boolean;
}

const LANG_LABEL = { zh: '中', en: 'EN', ru: 'RU' } as const;

/** The list of QA findings in reading order; a click (or F8) goes to the text. */
export function ProblemsPanel({ problems, current, go, close, stale }: ProblemsProps): React.JSX.Element {
  const errors = problems.filter((p) => p.finding.severity === 'error').length;
  const warnings = problems.filter((p) => p.finding.severity === 'warning').length;
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
      <ol className="problems-list">
        {problems.length === 0 && <li className="problems-empty">No problems found.</li>}
        {problems.map((p) => (
          <li
            key={p.key}
            className={`problem severity-${p.finding.severity}${p.key === current ? ' is-current' : ''}`}
            onClick={() => go(p)}
            data-check={p.finding.check}
          >
            <span className={`sev sev-${p.finding.severity}`}>{p.finding.severity === 'error' ? '●' : p.finding.severity === 'warning' ? '▲' : 'i'}</span>
            <span className="problem-where">
              {p.row + 1} {LANG_LABEL[p.lang]}
            </span>
            <span className="problem-message">{p.finding.message}</span>
            <span className="problem-check">{p.finding.check}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
