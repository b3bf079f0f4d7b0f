import type React from 'react';
import type { TargetLang } from '../../../core/model';
import { counted } from '../util/counted';

export interface Summary {
  rows: number;
  /**
   * Per target: share of source sentences translated with no completeness finding against them,
   * confirmed share of beads, and the source sentences reported not translated or doubtful.
   */
  targets: Partial<Record<TargetLang, TargetSummary>>;
  errors: number;
  warnings: number;
  glossary: number;
}

/** One target's figures (workbench/use-summary.ts). */
export interface TargetSummary {
  translated: number;
  confirmed: number;
  untranslated: number;
  doubtful: number;
  /** Blank on purpose: the reviewer dismissed "not translated" (core/qa/completeness-tally.ts). */
  leftOut: number;
}

/** What is not translated yet, in words: "1 to check", "2 left out" (none when all is done). */
export function openParts(s: TargetSummary): string[] {
  const parts: string[] = [];
  if (s.untranslated + s.doubtful) parts.push(`${s.untranslated + s.doubtful} to check`);
  if (s.leftOut) parts.push(`${s.leftOut} left out`);
  return parts;
}

export interface StatusBarProps {
  summary: Summary;
  position: string;
  lastSaved: string | null;
  lastAutosave: string | null;
  webMode: boolean;
}

// Floor, so a project with one sentence missing out of 300 never reads "100 %".
const pct = (x: number) => `${Math.floor(x * 100)} %`;

/** "saved 10:02:11 · recovery copy 10:04:30", either part only when there is one. */
function savedTimes(lastSaved: string | null, lastAutosave: string | null): string {
  return [lastSaved && `saved ${lastSaved}`, lastAutosave && `recovery copy ${lastAutosave}`].filter(Boolean).join(' · ');
}

/** The summary bar: how far the translation is and what still needs work. */
export function StatusBar({ summary, position, lastSaved, lastAutosave, webMode }: StatusBarProps): React.JSX.Element {
  const times = savedTimes(lastSaved, lastAutosave);
  return (
    <footer className="status-bar" data-testid="status-bar">
      {(['en', 'ru'] as const).map((t) => {
        const s = summary.targets[t];
        const open = s ? openParts(s) : [];
        return s ? (
          <span key={t} className="status-item" data-testid={`summary-${t}`} title={`${t.toUpperCase()}: source sentences translated (${s.untranslated} not translated, ${s.doubtful} possibly incomplete, ${s.leftOut} left out on purpose); ${pct(s.confirmed)} of the beads confirmed`}>
            <b>{t.toUpperCase()}</b> {pct(s.translated)} translated{open.length ? ` (${open.join(', ')})` : ''}
            <span className="status-confirmed"> · {pct(s.confirmed)} confirmed</span>
            <span className="meter"><span style={{ width: pct(s.translated).replace(' ', '') }} /></span>
          </span>
        ) : null;
      })}
      <span className={`status-item${summary.errors ? ' has-errors' : ''}`} data-testid="summary-errors">{counted(summary.errors, 'error')}</span>
      <span className="status-item" data-testid="summary-warnings">{counted(summary.warnings, 'warning')}</span>
      <span className={`status-item${summary.glossary ? ' has-glossary' : ''}`} data-testid="summary-glossary">{counted(summary.glossary, 'glossary violation')}</span>
      <span className="status-spacer" />
      {/* Where the cursor is never shrinks (status-position), but below 1280 px it goes with the
          times (layout.css): the bar has no room there, and the cursor's row is highlighted with its
          number in the gutter. Which alignment the tools edit is the alignment bar's
          "Alignment zh→en", not repeated here. */}
      <span className="status-item status-optional status-position">{position}</span>
      <span className="status-item" data-testid="row-count">{counted(summary.rows, 'row')}</span>
      {/* The whole line in the tooltip too: at 1440 px with both times it may end in "…". */}
      <span className="status-item status-optional" title={times ? `${times} (the recovery copy keeps unsaved work should the app stop)` : undefined}>
        {times}
      </span>
      {webMode && <span className="status-item web-badge" title="Running in a browser through the local bridge">web</span>}
    </footer>
  );
}
