import type React from 'react';
import { CHECKS } from '../../../core/qa';
import type { Check } from '../../../core/qa';
import { displayKeys } from '../commands';
import { Dialog } from './dialog';

/** A family's heading: the part of a check id before the dot. */
const FAMILY_LABEL: Record<string, string> = {
  completeness: 'Completeness',
  glossary: 'Glossary',
  numbers: 'Numbers',
  links: 'Links',
  tags: 'Tags',
  untranslated: 'Untranslated text',
  names: 'Names',
  punctuation: 'Punctuation',
  spacing: 'Spacing',
  characters: 'Characters',
  words: 'Words',
  spelling: 'Spelling',
  consistency: 'Consistency',
  source: 'Chinese source',
};

const SEVERITY_MARK = { error: '●', warning: '▲', info: 'i' } as const;

/** The registry's checks grouped by family, in registry (report) order. */
function families(): Array<[string, Check[]]> {
  const groups = new Map<string, Check[]>();
  for (const check of CHECKS) {
    const family = check.id.split('.')[0]!;
    groups.set(family, [...(groups.get(family) ?? []), check]);
  }
  return [...groups];
}

export interface QaSettingsProps {
  /** `project.settings.disabledChecks`. */
  disabled: readonly string[];
  /** Open findings per check id, as the problems panel shows them. */
  counts: ReadonlyMap<string, number>;
  setEnabled(checkId: string, enabled: boolean): void;
  close(): void;
}

/**
 * Project settings › QA checks: every check of the registry with its severity and what it looks for,
 * switched on or off for this project (saved with it; each switch is one undoable edit).
 */
export function QaSettingsDialog({ disabled, counts, setEnabled, close }: QaSettingsProps): React.JSX.Element {
  const off = new Set(disabled);
  const enabledCount = CHECKS.filter((c) => !off.has(c.id)).length;
  return (
    <Dialog className="qa-settings" label="Project settings: QA checks" testId="qa-settings" dismiss={close}>
      <div className="qa-settings-head">
        <h2>Project settings › QA checks</h2>
        <span className="qa-settings-count">{enabledCount} of {CHECKS.length} on</span>
        <button type="button" className="tool small" onClick={close} title="Close (Esc)">×</button>
      </div>
      <p className="qa-settings-note">
        Switched-off checks report nothing: not in the editor, the problems panel, exported reports or <code>duizhao check</code>. Saved with the project; {displayKeys('Ctrl+Z')} undoes a switch.
      </p>
      <div className="qa-settings-groups">
        {families().map(([family, checks]) => (
          <section key={family} className="qa-family">
            <h3>{FAMILY_LABEL[family] ?? family}</h3>
            {checks.map((check) => {
              const on = !off.has(check.id);
              const open = counts.get(check.id) ?? 0;
              return (
                <label key={check.id} className={`qa-check${on ? '' : ' is-off'}`} data-check={check.id}>
                  <input type="checkbox" checked={on} onChange={(e) => setEnabled(check.id, e.target.checked)} />
                  <span className={`sev sev-${check.severity}`} title={check.severity}>{SEVERITY_MARK[check.severity]}</span>
                  <span className="qa-check-text">
                    <span className="qa-check-id">{check.id}</span>
                    <span className="qa-check-severity">{check.severity}</span>
                    {on && open > 0 && <span className="qa-check-open">{open} open</span>}
                    <span className="qa-check-description">{check.description}</span>
                  </span>
                </label>
              );
            })}
          </section>
        ))}
      </div>
    </Dialog>
  );
}
