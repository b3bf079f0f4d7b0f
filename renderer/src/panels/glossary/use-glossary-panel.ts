import { useCallback, useMemo, useState } from 'react';
import type { Concept } from '../../../../core/glossary/types';
import type { Project } from '../../../../core/model';
import { api } from '../../api';
import { askConfirm } from '../confirm';
import type { Glossary } from '../../state/glossary';
import { conceptMatches, conceptOf, fieldsOf } from './concept-form-model';
import type { ConceptFields } from './concept-form-model';

export type GlossaryFilter = 'all' | 'document' | 'bead';

/** The concept being edited (or added), the file it goes to, and a conflict the user must settle. */
export interface GlossaryForm {
  base: Concept | null;
  file: string;
  fields: ConceptFields;
  conflict: { message: string; theirs: Concept | null } | null;
}

/**
 * The glossary panel's state and actions: search, filters, the edit form, saving through the
 * store (conflict → the user chooses), delete with confirmation. After a write the glossary
 * reloads, which rebuilds the matcher and re-runs QA.
 */
export function useGlossaryPanel(glossary: Glossary, project: Project | null, beadSourceIds: readonly string[], toast: (m: string) => void, toastError: (m: string) => void) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<GlossaryFilter>('all');
  const [form, setForm] = useState<GlossaryForm | null>(null);
  const [importing, setImporting] = useState(false);
  const imported = (message: string): void => {
    setImporting(false);
    toast(message);
    glossary.reload();
  };

  const sourceTexts = useMemo(() => {
    const byId = new Map<string, string>();
    for (const p of project?.source.paragraphs ?? []) for (const s of p.sentences) byId.set(s.id, s.text);
    return byId;
  }, [project]);

  const listed = useMemo(() => {
    const all = glossary.termBase?.concepts ?? [];
    let scope: Set<string> | null = null;
    if (filter !== 'all') {
      scope = new Set();
      const texts = filter === 'document' ? [...sourceTexts.values()] : beadSourceIds.map((id) => sourceTexts.get(id) ?? '');
      for (const text of texts) for (const hit of glossary.sourceTerms(text)) scope.add(hit.concept.id);
    }
    return all.filter((c) => (!scope || scope.has(c.id)) && conceptMatches(c, query));
  }, [glossary, filter, query, sourceTexts, beadSourceIds]);

  const editableFiles = glossary.sources.filter((s) => s.editable);
  const hashOf = (file: string): string => glossary.sources.find((s) => s.file === file)?.hash ?? '';

  const edit = useCallback((c: Concept) => {
    setOpen(true);
    setForm({ base: c, file: c.origin.file, fields: fieldsOf(c), conflict: null });
  }, []);
  const add = useCallback(
    (prefill: Partial<ConceptFields>) => {
      setOpen(true);
      const file = glossary.sources.find((s) => s.editable)?.file ?? '';
      setForm({ base: null, file, fields: { ...fieldsOf(null), ...prefill }, conflict: null });
    },
    [glossary.sources],
  );

  async function save(force = false): Promise<void> {
    if (!form) return;
    if (!form.file) return toastError('No glossary file can take new terms: add a .tbx or .csv file with a header to the glossary folder');
    try {
      const concept = conceptOf(form.fields, form.base, form.file);
      const r = await api()['glossary:saveConcept']({ file: form.file, baseHash: hashOf(form.file), previousId: form.base?.id ?? null, concept, force });
      if (r.status === 'conflict') return setForm({ ...form, conflict: { message: r.message, theirs: r.theirs as Concept | null } });
      setForm(null);
      toast(`Glossary saved (${r.file.split(/[\\/]/).pop()})`);
      glossary.reload();
    } catch (err) {
      toastError(`Glossary not saved: ${(err as Error).message}`);
    }
  }

  async function remove(): Promise<void> {
    if (!form?.base) return;
    const zh = form.fields.zh.split('|')[0]!.trim();
    const file = form.file.split(/[\\/]/).pop();
    const yes = await askConfirm({ title: `Delete ${zh} from ${file}?`, lines: ['Teammates sharing the glossary folder lose it too.'], confirm: 'Delete', destructive: true, testId: 'glossary-delete-confirm' });
    if (!yes) return;
    try {
      const r = await api()['glossary:deleteConcept']({ file: form.file, baseHash: hashOf(form.file), id: form.base.id, force: form.conflict !== null });
      if (r.status === 'conflict') return setForm({ ...form, conflict: { message: r.message, theirs: r.theirs as Concept | null } });
      setForm(null);
      toast(`Deleted ${zh} from the glossary`);
      glossary.reload();
    } catch (err) {
      toastError(`Not deleted: ${(err as Error).message}`);
    }
  }

  /** "Discard mine": drop the edit and read the files as they are now. */
  function discard(): void {
    setForm(null);
    glossary.reload();
  }

  return { importing, setImporting, imported, toastError, open, setOpen, toggle: () => setOpen((o) => !o), query, setQuery, filter, setFilter, listed, form, setForm, editableFiles, edit, add, save, remove, discard };
}

export type GlossaryPanelState = ReturnType<typeof useGlossaryPanel>;
