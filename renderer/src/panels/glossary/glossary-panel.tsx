import type React from 'react';
import type { Concept, Term } from '../../../../core/glossary/types';
import type { GlossaryFilter, GlossaryPanelState } from './use-glossary-panel';
import type { ConceptFields } from './concept-form-model';
import { GlossaryImport } from './glossary-import';
import { MIN_GLOSSARY_WIDTH, useGlossaryWidth } from './use-glossary-width';
import './glossary-panel.css';
import { EdgeHandle } from '../resize-handle';
import { counted, formatCount } from '../../util/counted';

/** "1 term", "12,340 terms". */
const terms = (n: number): string => `${formatCount(n)} term${n === 1 ? '' : 's'}`;

const STATUS_MARK: Record<Term['status'], string> = { preferred: '', admitted: ' (admitted)', deprecated: ' ✗ forbidden' };

function TermLine({ c, lang }: { c: Concept; lang: 'zh' | 'en' | 'ru' }): React.JSX.Element | null {
  const terms = c.terms.filter((t) => t.lang === lang);
  if (terms.length === 0) return null;
  return (
    <div className={`g-terms g-${lang}`} lang={lang}>
      {terms.map((t, i) => (
        <span key={i} className={`g-term g-${t.status}`} title={t.note}>
          {t.text}
          {STATUS_MARK[t.status]}
        </span>
      ))}
    </div>
  );
}

const FIELDS: Array<[keyof ConceptFields, string]> = [
  ['zh', 'Chinese'],
  ['en', 'English (preferred | admitted)'],
  ['enForbidden', 'English forbidden'],
  ['ru', 'Russian (preferred | admitted)'],
  ['ruForbidden', 'Russian forbidden'],
  ['note', 'Note'],
];

function ConceptForm({ g }: { g: GlossaryPanelState }): React.JSX.Element | null {
  const form = g.form;
  if (!form) return null;
  const set = (key: keyof ConceptFields, value: string): void => g.setForm({ ...form, fields: { ...form.fields, [key]: value } });
  return (
    <form className="g-form" aria-label={form.base ? 'Edit concept' : 'Add concept'} onSubmit={(e) => { e.preventDefault(); void g.save(); }}>
      <h3>{form.base ? 'Edit concept' : 'Add concept'}</h3>
      {FIELDS.map(([key, label]) => (
        <label key={key}>
          {label}
          <input name={key} value={form.fields[key]} onChange={(e) => set(key, e.target.value)} lang={key.startsWith('ru') ? 'ru' : key === 'zh' ? 'zh' : 'en'} />
        </label>
      ))}
      <label>
        File
        <select name="file" value={form.file} disabled={form.base !== null} onChange={(e) => g.setForm({ ...form, file: e.target.value })}>
          {form.base && !g.editableFiles.some((s) => s.file === form.file) && <option value={form.file}>{form.file.split(/[\\/]/).pop()} (read-only)</option>}
          {g.editableFiles.map((s) => <option key={s.file} value={s.file}>{s.name} · {s.format}</option>)}
        </select>
      </label>
      {form.conflict && (
        <div className="g-conflict" role="alert">
          <p>{form.conflict.message}</p>
          {form.conflict.theirs && <p>On disk now: {form.conflict.theirs.terms.map((t) => `${t.text}${STATUS_MARK[t.status]}`).join(' · ')}</p>}
          <button type="button" className="tool" onClick={() => void g.save(true)}>Write mine into their file</button>
          <button type="button" className="tool" onClick={g.discard}>Discard mine, reload</button>
        </div>
      )}
      <div className="g-actions">
        <button type="submit" className="tool primary">Save</button>
        {form.base && <button type="button" className="tool" onClick={() => void g.remove()}>Delete…</button>}
        <button type="button" className="tool" onClick={() => g.setForm(null)}>Cancel</button>
      </div>
    </form>
  );
}

/**
 * The glossary in force, beside the grid (it narrows the grid rather than covering a column):
 * search across zh/en/ru, filters, and the edit form.
 */
export function GlossaryPanel({ g, total, files, folder }: { g: GlossaryPanelState; total: number; files: number; folder?: React.ReactNode }): React.JSX.Element {
  const layout = useGlossaryWidth();
  return (
    <aside className={`glossary-panel is-${layout.mode}`} aria-label="Glossary" style={{ width: layout.width }} data-testid="glossary-panel">
      <EdgeHandle
        edge="left"
        size={layout.width}
        setSize={layout.setWidth}
        className="g-resize"
        label="Resize the glossary panel"
        testId="glossary-resize"
        min={MIN_GLOSSARY_WIDTH}
        max={layout.max}
        // At 1024 px the grid needs all the rest for three readable columns: a handle that moves nothing said nothing about why.
        {...(layout.mode === 'side' && layout.max <= MIN_GLOSSARY_WIDTH ? { fixed: 'The window is too narrow to widen the glossary: the grid keeps the rest for its three columns. A wider window lets you widen it.' } : {})}
      />
      <div className="g-header">
        {/* The count under the title, one short phrase that never wraps: at 260 px "170 of 170 · 2 file(s)"
            beside the title took four lines and pushed × out of the panel. The whole in the tooltip. */}
        <div className="g-title">
          <strong>Glossary</strong>
          <span className="g-count" title={`${formatCount(g.listed.length)} of ${terms(total)} listed, from ${counted(files, 'file')}`}>
            {g.listed.length === total ? terms(total) : `${formatCount(g.listed.length)} of ${formatCount(total)}`}
          </span>
        </div>
        <button type="button" className="tool" onClick={() => g.add({})}>Add…</button>
        <button type="button" className="tool" onClick={() => g.setImporting(!g.importing)}>Import…</button>
        <button type="button" className="tool" aria-label="Close glossary" onClick={() => g.setOpen(false)}>×</button>
      </div>
      {folder}
      <div className="g-search">
        <input type="search" placeholder="Search terms" aria-label="Search the glossary" value={g.query} onChange={(e) => g.setQuery(e.target.value)} />
        <select aria-label="Which terms" value={g.filter} onChange={(e) => g.setFilter(e.target.value as GlossaryFilter)}>
          <option value="all">all terms</option>
          <option value="document">in this document</option>
          <option value="bead">in this row</option>
        </select>
      </div>
      {g.importing && <GlossaryImport done={g.imported} toastError={g.toastError} />}
      <ConceptForm g={g} />
      <ul className="g-list">
        {g.listed.slice(0, 300).map((c) => (
          <li key={c.id}>
            <button type="button" className="g-concept" onClick={() => g.edit(c)} title={`${c.origin.file.split(/[\\/]/).pop()} line ${c.origin.line}`}>
              <TermLine c={c} lang="zh" />
              <TermLine c={c} lang="en" />
              <TermLine c={c} lang="ru" />
              {c.definition && <div className="g-note">{c.definition}</div>}
              <div className="g-file">{c.origin.file.split(/[\\/]/).pop()}</div>
            </button>
          </li>
        ))}
        {g.listed.length > 300 && <li className="g-more">{g.listed.length - 300} more: narrow the search</li>}
      </ul>
    </aside>
  );
}
