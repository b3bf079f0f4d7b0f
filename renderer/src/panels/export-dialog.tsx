import { useEffect, useMemo, useRef, useState } from 'react';
import type React from 'react';
import type { Project, TargetLang } from '../../../core/model';
import { TARGET_LANGS } from '../../../core/model';
import { alignedTargets } from '../../../core/formats/export-project';
import { EXPORT_FORMAT_SPECS, exportFileEnding } from '../../../core/formats/export-formats';
import type { ExportFormatName, ExportOptionsInput } from '../../../core/contract/export-types';
import { addedOutsideNote, exportCount, exportRequest, fitChoice, flagsFor, languageKind, readExportChoice, unavailableReason, writeExportChoice } from '../state/export-prefs';
import type { ExportChoice, ExportFlag, TableLangs } from '../state/export-prefs';
import './export-dialog.css';
import { Dialog } from './dialog';

/** Each format in the translator's words: what it is for (its name is core's, as in the CLI's messages). */
const FORMATS: Array<{ group: string; items: Array<{ format: ExportFormatName; hint: string }> }> = [
  {
    group: 'Translation memory and CAT tools',
    items: [
      { format: 'tmx', hint: 'Translation memory: Chinese and one target, for any CAT tool' },
      { format: 'tmx3', hint: 'One memory with zh, en and ru in every unit' },
      { format: 'xliff', hint: 'Bilingual exchange file with segment status and QA notes' },
      { format: 'xliff12', hint: 'The same for older CAT tools' },
    ],
  },
  {
    group: 'Review and spreadsheets',
    items: [
      { format: 'docx', hint: 'Side-by-side table for reviewers, QA findings as comments' },
      { format: 'csv', hint: 'Spreadsheet: texts, status and confidence per target, QA column' },
      { format: 'tsv', hint: 'The same table, tab-separated' },
      { format: 'html', hint: 'Side-by-side page to read, print or send' },
    ],
  },
];

const formatName = (format: ExportFormatName) => EXPORT_FORMAT_SPECS[format].name;

const LANG_NAME: Record<TargetLang, string> = { en: 'English', ru: 'Русский' };

/** One line for each option; QA says where the findings go in this format. */
function flagText(flag: ExportFlag, format: ExportFormatName): { name: string; hint: string } {
  switch (flag) {
    case 'onlyConfirmed':
      return { name: 'Only confirmed', hint: 'Leave out units not confirmed (✓) in every exported language' };
    case 'skipEmpty':
      return { name: 'Skip empty', hint: 'Leave out omissions, additions and untranslated sentences' };
    case 'mergeNm':
      return { name: 'Merge 1:n and n:m beads', hint: 'Join their sentences into one unit; off: leave them out' };
    case 'qa':
      return {
        name: 'QA findings',
        hint: format === 'docx' ? 'As Word comments on the rows they concern'
          : format === 'xliff' || format === 'xliff12' ? 'As notes on the units they concern'
          : 'In the QA column of each row',
      };
    case 'bom':
      return { name: 'UTF-8 BOM', hint: 'So Excel reads Chinese and Cyrillic right; TM tools do not need it' };
    case 'excelSafe':
      return { name: 'Formula protection', hint: 'Cells starting with =, +, - or @ get an apostrophe: text, not formulas' };
  }
}

export interface ExportDialogProps {
  project: Project;
  /** A format to start on (a native menu entry); otherwise the last one used. */
  preset?: ExportFormatName | null;
  run(format: ExportFormatName, options: ExportOptionsInput): void;
  close(): void;
}

/**
 * File › Export: the format, its languages and the options that apply to it, each explained in one
 * line; how many units the choice exports. Enter exports, Esc closes. The choice is remembered in
 * the browser's storage for next time (a preference of this computer, not of the project).
 */
export function ExportDialog({ project, preset, run, close }: ExportDialogProps): React.JSX.Element {
  const aligned = useMemo(() => alignedTargets(project), [project]);
  const [choice, setChoice] = useState<ExportChoice>(() => {
    const saved = readExportChoice(globalThis.localStorage);
    return fitChoice(preset ? { ...saved, format: preset } : saved, aligned);
  });
  const form = useRef<HTMLElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input[name=export-format]:checked')?.focus();
  }, []);

  const set = (change: Partial<ExportChoice>) => setChoice((c) => ({ ...c, ...change }));
  const request = useMemo(() => exportRequest(choice, aligned), [choice, aligned]);
  const blocked = unavailableReason(choice.format, aligned);
  const kind = languageKind(choice.format);

  // How many units the file will hold, or why none: the engine's own rule for languages and options.
  const count = useMemo(() => exportCount(project, request), [project, request]);
  const refusal = blocked ?? count.refusal;

  const submit = () => {
    if (refusal) return;
    writeExportChoice(globalThis.localStorage, choice);
    close();
    run(request.format, request.options);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      submit();
    }
  };

  const tableChoices: Array<{ value: TableLangs; label: string }> = [
    { value: 'both', label: '中文 | English | Русский' },
    { value: 'en', label: '中文 | English' },
    { value: 'ru', label: '中文 | Русский' },
  ];
  const ending = exportFileEnding(choice.format);

  return (
    <Dialog
      frameRef={form}
      className="export-dialog"
      labelledBy="export-title"
      testId="export-dialog"
      dismiss={close}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="export-head">
        <h2 id="export-title">Export</h2>
        <span className="export-project" title={project.name}>{project.name}</span>
        <button type="button" className="tool small" onClick={close} title="Close (Esc)" aria-label="Close">×</button>
      </div>
      <div className="export-body">
        <fieldset className="export-formats">
          <legend>Format</legend>
          {FORMATS.map(({ group, items }) => (
            <div key={group} className="export-group" role="presentation">
              <div className="export-group-title">{group}</div>
              {items.map(({ format, hint }) => {
                const reason = unavailableReason(format, aligned);
                return (
                  <label key={format} className={`export-choice${choice.format === format ? ' is-on' : ''}${reason ? ' is-disabled' : ''}`} data-format={format} title={reason ?? undefined}>
                    <input type="radio" name="export-format" value={format} checked={choice.format === format} disabled={!!reason} onChange={() => set({ format })} />
                    <span className="export-choice-text">
                      <span className="export-choice-name">{formatName(format)} <span className="export-ext">.{exportFileEnding(format)}</span></span>
                      <span className="export-choice-hint">{reason ?? hint}</span>
                    </span>
                  </label>
                );
              })}
            </div>
          ))}
        </fieldset>
        <div className="export-side">
          <fieldset className="export-langs">
            <legend>Languages</legend>
            {kind === 'bilingual' && (['en', 'ru'] as const).map((t) => {
              const reason = unavailableReason(choice.format, aligned, { target: t });
              return (
                <label key={t} className={`export-choice${reason ? ' is-disabled' : ''}`} data-target={t}>
                  <input type="radio" name="export-target" checked={choice.target === t} disabled={!!reason} onChange={() => set({ target: t })} />
                  <span className="export-choice-text">
                    <span className="export-choice-name">中文 → {LANG_NAME[t]}</span>
                    {reason && <span className="export-choice-hint">{reason}</span>}
                  </span>
                </label>
              );
            })}
            {kind === 'trilingual' && <p className="export-note">中文, English and Русский in every unit (the two alignments joined on the Chinese).</p>}
            {kind === 'table' && tableChoices.map(({ value, label }) => {
              const reason = unavailableReason(choice.format, aligned, { targets: value === 'both' ? TARGET_LANGS : [value] });
              const hint = reason ?? (value === 'both' ? 'Trilingual: one column per language' : null);
              return (
                <label key={value} className={`export-choice${reason ? ' is-disabled' : ''}`} data-langs={value}>
                  <input type="radio" name="export-langs" checked={choice.tableLangs === value} disabled={!!reason} onChange={() => set({ tableLangs: value })} />
                  <span className="export-choice-text">
                    <span className="export-choice-name">{label}</span>
                    {hint && <span className="export-choice-hint">{hint}</span>}
                  </span>
                </label>
              );
            })}
          </fieldset>
          <fieldset className="export-options">
            <legend>Options</legend>
            {flagsFor(choice.format).map((flag) => {
              const { name, hint } = flagText(flag, choice.format);
              return (
                <label key={flag} className="export-choice" data-option={flag}>
                  <input
                    type="checkbox"
                    checked={choice[flag]}
                    // A file made for Excel is made safe for it: formula protection follows the BOM until changed.
                    onChange={(e) => set(flag === 'bom' ? { bom: e.target.checked, excelSafe: e.target.checked } : { [flag]: e.target.checked })}
                  />
                  <span className="export-choice-text">
                    <span className="export-choice-name">{name}</span>
                    <span className="export-choice-hint">{hint}</span>
                  </span>
                </label>
              );
            })}
          </fieldset>
          {!refusal && addedOutsideNote(count.addedOutside) && (
            <p className="export-note" data-testid="export-added">{addedOutsideNote(count.addedOutside)}</p>
          )}
        </div>
      </div>
      <div className="export-foot">
        <span className={`export-count${refusal ? ' is-empty' : ''}`} data-testid="export-count" aria-live="polite">
          {refusal ?? (count.kept === count.total ? `${count.kept} units` : `${count.kept} of ${count.total} units`)}
        </span>
        {!refusal && <span className="export-keys"><kbd>Enter</kbd> exports · <kbd>Esc</kbd> closes</span>}
        <button type="button" className="tool" onClick={close}>Cancel</button>
        <button type="submit" className="tool tool-primary" disabled={!!refusal} title={refusal ?? undefined} data-testid="export-submit">
          Export {formatName(choice.format)} (.{ending})
        </button>
      </div>
    </Dialog>
  );
}
