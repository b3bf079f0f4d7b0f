import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang, Project } from '../../../core/model';
import type { Row } from '../../../core/project/edit';
import { sentenceText, setSentenceText } from '../../../core/project/edit';
import { loadSentenceEditor } from '../editor/editor-loader';
import type { SentenceEditor } from '../editor/sentence-editor';
import { absentFromTarget, markersForSentence, placeFindings } from '../state/findings';
import type { PlacedFinding, RowLookup } from '../state/findings';
import type { Glossary } from '../state/glossary';
import type { Session } from '../state/session';
import type { Cursor } from './use-cursor';
import type { LiveCheck } from './use-findings';
import type { SentenceMaps } from './use-project-views';
import { lacksDescription, sentenceEditorLabel } from '../util/spoken-labels';

export interface EditorBindingInput {
  sessionId: number;
  session: Session;
  rows: Row[];
  lookup: RowLookup;
  maps: SentenceMaps;
  placed: PlacedFinding[];
  cursor: Cursor | null;
  cursorRow: number;
  glossary: Glossary;
  checkLive(p: Project, lang: Lang, sentenceId: string): LiveCheck;
  /** Enter in the editor (no suggestion open): next row. */
  onEnter(): void;
  toastError(message: string): void;
}

/**
 * The one Monaco editor: loaded once the first rows are drawn, it follows the cursor, writes each
 * keystroke to the project (with a live check of that bead), and is brought in line after undo.
 */
export function useEditorBinding(input: EditorBindingInput): SentenceEditor | null {
  const { sessionId, session, rows, lookup, maps, placed, cursor, cursorRow, glossary, checkLive, toastError } = input;
  const applyEdit = session.apply;
  const currentProject = session.current;
  const onEnterRef = useRef(input.onEnter);
  onEnterRef.current = input.onEnter;

  // When the first rows of a project are drawn (a mark for bench/ui.bench.ts), start loading Monaco.
  const [editor, setEditor] = useState<SentenceEditor | null>(null);
  const hasRows = rows.length > 0;
  useEffect(() => {
    if (!hasRows) return;
    performance.mark('duizhao:rows-drawn');
    requestAnimationFrame(() => performance.mark('duizhao:rows-painted'));
    const timer = window.setTimeout(() => {
      loadSentenceEditor().then(setEditor, (err: Error) => toastError(`The editor did not load: ${err.message}`));
    }, 100);
    return () => window.clearTimeout(timer);
  }, [sessionId, hasRows, toastError]);

  // What a keystroke needs without waiting for React: the grid as last drawn.
  const drawnRef = useRef({ rows, lookup, placed });
  drawnRef.current = { rows, lookup, placed };

  const activeSentence = cursor?.sentenceId ? maps[cursor.lang].get(cursor.sentenceId) : undefined;
  useEffect(() => {
    if (!editor) return;
    editor.onText = (lang, id, text) => {
      try {
        // The grid and panels redraw as a transition: React yields to the browser, so the marker
        // below reaches the screen first even on a long document.
        let live: LiveCheck | undefined;
        startTransition(() => {
          const next = applyEdit('typing', (p) => setSentenceText(p, lang, id, text), `${lang}:${id}`);
          live = checkLive(next, lang, id);
        });
        const { fresh, replaced } = live!;
        // Markers straight away, in this keystroke's task: the panels and grid follow when React renders.
        const { rows: drawnRows, lookup: drawnLookup, placed: drawnPlaced } = drawnRef.current;
        const kept = drawnPlaced.filter((x) => !replaced(x.finding));
        editor.setMarkers(markersForSentence([...kept, ...placeFindings(fresh, drawnRows, drawnLookup)], lang, id, text.length));
      } catch (err) {
        toastError((err as Error).message);
      }
    };
    editor.onEnter = () => onEnterRef.current();
  }, [editor, applyEdit, checkLive, toastError]);

  useEffect(() => {
    if (!editor || !cursor?.sentenceId || !activeSentence) return;
    editor.open({ lang: cursor.lang, sentenceId: cursor.sentenceId, text: activeSentence.text }, cursor.offset);
    editor.focus();
    // Only when the cursor moves (or the editor arrives); text changes are synced below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cursor, editor]);

  // After undo/redo the project's text differs from the editor's: bring the editor in line. Read the
  // latest project (not this render's): during fast typing a render can lag a keystroke behind, and
  // syncing to that would throw the keystroke away. After every render, not only when the sentence
  // object changes: a keystroke's render is a transition, and on a busy machine it may never be
  // committed before an undo's, so the undo's render can hold the very sentence object the last
  // committed one held, and the editor kept the undone letter while the project had not (CI,
  // first-hour: "Z" typed, Ctrl+Z, "Z" still shown). syncText does nothing when the texts agree.
  useEffect(() => {
    const latest = currentProject();
    if (!editor || !activeSentence || !latest || editor.target?.sentenceId !== activeSentence.id) return;
    const text = sentenceText(latest, editor.target.lang, activeSentence.id);
    if (text !== undefined) editor.syncText(text);
  });

  // The editor's accessible name follows the cursor and the row's number (a merge above renumbers it).
  // What the sentence lacks is its description, not part of its name: the editor has no marker for
  // it, only the flag beside it, and the list changes as the translator types (the missing term
  // typed), which must not make a screen reader announce the field anew.
  const cursorLang = cursor?.lang;
  const cursorSentence = cursor?.sentenceId;
  const cellSentences = cursorRow >= 0 && cursorLang ? (cursorLang === 'zh' ? rows[cursorRow]?.src : rows[cursorRow]?.targets[cursorLang]?.sentences) : undefined;
  const lacks = useMemo(() => lacksDescription(placed.filter((p) => p.lang === cursorLang && p.sentenceId === cursorSentence && absentFromTarget(p)).map((p) => p.finding)), [placed, cursorLang, cursorSentence]);
  const label = cellSentences && cursorLang && cursorSentence ? sentenceEditorLabel(cursorLang, cursorRow + 1, cellSentences.indexOf(cursorSentence) + 1, cellSentences.length) : undefined;
  useEffect(() => {
    if (editor && label) editor.setLabel(label);
  }, [editor, label]);
  useEffect(() => {
    if (editor) editor.setDescription(label ? lacks : '');
  }, [editor, label, lacks]);

  // Markers, glossary terms (source) and required-term completions (targets) for the open sentence.
  const activeRow = cursorRow >= 0 ? rows[cursorRow] : undefined;
  const zhMap = maps.zh;
  const activeSourceText = useMemo(() => (activeRow ? activeRow.src.map((id) => zhMap.get(id)?.text ?? '').join('') : ''), [activeRow, zhMap]);
  useEffect(() => {
    if (!editor || !cursor?.sentenceId || !activeSentence) return;
    if (editor.target?.sentenceId !== cursor.sentenceId) return;
    editor.setMarkers(markersForSentence(placed, cursor.lang, cursor.sentenceId, activeSentence.text.length));
    if (cursor.lang === 'zh') {
      editor.setTerms(glossary.sourceTerms(activeSentence.text).map((h) => ({ start: h.span.start, end: h.span.end, hover: `**${h.text}**\n\n${glossary.describe(h.concept).replace(/\n/g, '  \n')}` })));
      editor.setCompletions([]);
    } else {
      // The same hover as the source side; a forbidden variant in red.
      const marks = glossary.targetTerms(activeSourceText, activeSentence.text, cursor.lang);
      editor.setTerms(marks.map((m) => ({ start: m.span.start, end: m.span.end, className: m.forbidden ? 'term-inline term-forbidden' : undefined, hover: `**${m.forbidden ? `Forbidden variant of ${m.source}` : m.source}**\n\n${glossary.describe(m.concept).replace(/\n/g, '  \n')}` })));
      editor.setCompletions(glossary.requiredFor(activeSourceText, cursor.lang));
    }
  }, [editor, cursor, activeSentence, placed, glossary, activeSourceText]);
  return editor;
}
