import { useCallback, useRef, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import type { Lang, TargetLang } from '../../../core/model';
import type { Row } from '../../../core/project/edit';
import type { ProjectViews } from './use-project-views';

/** Where the translator is: a sentence (or an empty cell) in a row. */
export interface Cursor {
  lang: Lang;
  sentenceId: string | null;
  /** Row key, for empty cells (no sentence to find the row by). */
  rowKey: string;
  offset?: number;
  /**
   * Put there by a click on the row's number (to act on the row or start a selection): the row
   * stays as drawn, cut if it was, so the rows below do not move under the pointer that is about
   * to Shift+click one of them. Any other way onto a row (a sentence clicked, Enter, F8) shows it whole.
   */
  byNumber?: true;
}

export interface RowSelection {
  anchor: number;
  to: number;
}

/** A request to scroll the grid; the nonce makes a repeated request to the same row count. */
export interface ScrollRequest {
  row: number;
  nonce: number;
  align?: 'auto' | 'center';
}

export interface CursorState {
  cursor: Cursor | null;
  setCursor(c: Cursor | null): void;
  /** The cursor's row index in the grid, -1 without one. */
  cursorRow: number;
  /** The same, current between renders (for the grid's callbacks). */
  cursorRowRef: { current: number };
  selection: RowSelection | null;
  setSelection: Dispatch<SetStateAction<RowSelection | null>>;
  scrollTo: ScrollRequest | null;
  /** Scroll the grid to a row ('auto': just into view; 'center': a jump to a finding or match). */
  scrollToRow(row: number, align?: ScrollRequest['align']): void;
  /** Put the cursor on a sentence (or empty cell) without scrolling: a click. */
  activate(row: number, lang: Lang, sentenceId: string | null, offset?: number): void;
  /**
   * A row's number was clicked: the row becomes the one the alignment bar acts on (Merge ↓, Move,
   * Confirm), its working cell marked without opening the editor, and the row the only one selected.
   */
  pointAtRow(row: number): void;
  /** Put the cursor there and scroll to it. */
  go(row: number, lang: Lang, sentenceId: string | null, offset?: number, align?: ScrollRequest['align']): void;
  firstSentenceIn(row: number, lang: Lang): string | null;
  /** The column the translator works in: the cursor's, else the first translation shown, else the source. */
  workingColumn(): Lang;
  moveRow(step: 1 | -1): void;
  /** The target an alignment command acts on: the cursor's column, else the first visible target. */
  opTarget(): TargetLang | undefined;
  /** Back to the start (another project was opened). */
  reset(): void;
}

/** The cursor, the row selection and the scrolling that follows them, over the grid's rows and visible columns. */
export function useCursor(views: ProjectViews, visible: Record<TargetLang, boolean>): CursorState {
  const { rows, lookup, rowByKey, available } = views;
  const [cursor, setCursor] = useState<Cursor | null>(null);
  const [selection, setSelection] = useState<RowSelection | null>(null);
  const [scrollTo, setScrollTo] = useState<ScrollRequest | null>(null);
  const cursorRow = cursor ? (cursor.sentenceId ? (lookup[cursor.lang].get(cursor.sentenceId) ?? rowByKey.get(cursor.rowKey) ?? -1) : (rowByKey.get(cursor.rowKey) ?? -1)) : -1;
  const cursorRowRef = useRef(cursorRow);
  cursorRowRef.current = cursorRow;
  const rowsRef = useRef<Row[]>(rows);
  rowsRef.current = rows;

  const activate = useCallback((row: number, lang: Lang, sentenceId: string | null, offset?: number) => {
    const key = rowsRef.current[row]?.key;
    if (key === undefined) return;
    setCursor(offset === undefined ? { lang, sentenceId, rowKey: key } : { lang, sentenceId, rowKey: key, offset });
    setSelection(null);
  }, []);
  const scrollToRow = useCallback((row: number, align: ScrollRequest['align'] = 'auto') => setScrollTo((s) => ({ row, nonce: (s?.nonce ?? 0) + 1, align })), []);
  const go = useCallback(
    (row: number, lang: Lang, sentenceId: string | null, offset?: number, align?: ScrollRequest['align']) => {
      activate(row, lang, sentenceId, offset);
      scrollToRow(row, align);
    },
    [activate, scrollToRow],
  );
  const firstSentenceIn = (row: number, lang: Lang): string | null => {
    const r = rows[row];
    if (!r) return null;
    return (lang === 'zh' ? r.src[0] : r.targets[lang]?.sentences[0]) ?? null;
  };
  const workingColumn = (): Lang => {
    if (cursor && (cursor.lang === 'zh' || (available[cursor.lang] && visible[cursor.lang]))) return cursor.lang;
    // Nothing open (or its column hidden): the first translation shown, what a translator edits.
    return (['en', 'ru'] as const).find((t) => available[t] && visible[t]) ?? 'zh';
  };
  const moveRow = (step: 1 | -1): void => {
    if (!cursor) {
      const lang = workingColumn();
      if (rows.length) go(0, lang, firstSentenceIn(0, lang));
      return;
    }
    const next = cursorRow + step;
    if (next < 0 || next >= rows.length) return;
    go(next, cursor.lang, firstSentenceIn(next, cursor.lang));
  };
  const opTarget = useCallback((): TargetLang | undefined => {
    if (cursor && cursor.lang !== 'zh' && available[cursor.lang]) return cursor.lang;
    return (['en', 'ru'] as const).find((t) => available[t] && visible[t]) ?? (['en', 'ru'] as const).find((t) => available[t]);
  }, [cursor, available, visible]);
  const workingColumnRef = useRef(workingColumn);
  workingColumnRef.current = workingColumn;
  const pointAtRow = useCallback((row: number) => {
    const key = rowsRef.current[row]?.key;
    if (key === undefined) return;
    setCursor({ lang: workingColumnRef.current(), sentenceId: null, rowKey: key, byNumber: true });
    setSelection({ anchor: row, to: row });
  }, []);
  const reset = useCallback(() => {
    setCursor(null);
    setSelection(null);
  }, []);
  return { cursor, setCursor, cursorRow, cursorRowRef, selection, setSelection, scrollTo, scrollToRow, activate, pointAtRow, go, firstSentenceIn, workingColumn, moveRow, opTarget, reset };
}
