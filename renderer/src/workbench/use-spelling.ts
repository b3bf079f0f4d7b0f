import { useEffect, useRef } from 'react';
import type { Project } from '../../../core/model';
import { sentenceText, setSentenceText } from '../../../core/project/edit';
import { replaceWord, withIgnoredWord } from '../../../core/spelling/fixes';
import { api } from '../api';
import type { SentenceEditor } from '../editor/sentence-editor';
import type { attachSpelling, SpellingHost } from '../editor/spelling-markers';
import type { QaRunner } from '../state/qa-runner';
import type { SentenceMaps } from './use-project-views';
import type { RowLookup } from '../state/findings';
import type { Row } from '../../../core/project/edit';

export interface SpellingInput {
  editor: SentenceEditor | null;
  runner: QaRunner;
  currentProject(): Project | null;
  /** A project edit with the workbench's error handling; no coalescing key: one undo step. */
  edit(label: string, change: (p: Project) => Project): Project | undefined;
  rows: Row[];
  lookup: RowLookup;
  maps: SentenceMaps;
  runAllChecks(): void;
  toast(message: string): void;
  toastError(message: string): void;
  /** The project's team glossary folder (settings.glossaryFolder): its team-dictionary.txt applies. */
  teamFolder: string | null;
  /** The glossary folder watcher's counter for team-dictionary.txt (a teammate's word moves it). */
  dictionaryVersion: number;
}

const attached = new WeakMap<SentenceEditor, ReturnType<typeof attachSpelling>>();

/**
 * Live spelling in the editor (editor/spelling-markers.ts) wired to the project: corrections and
 * "Ignore in this project" are project edits, "Add to dictionary" writes the team file in the
 * project's team folder through main (`spelling:addWord`), and the file is read again when the
 * glossary folder's watcher saw it change, so a teammate's words take effect here too.
 */
export function useSpelling(input: SpellingInput): void {
  const ref = useRef(input);
  ref.current = input;
  const { editor, runner } = input;

  useEffect(() => {
    if (!editor || attached.has(editor)) return;
    const host: SpellingHost = {
      check: async (lang, id, text) => {
        const { currentProject, lookup, rows, maps } = ref.current;
        const settings = currentProject()?.settings;
        // The Chinese of the row: a Latin name that also occurs there is not a misspelling, and a
        // transliterated name there makes a capitalised unknown word a probable name (the worker says which).
        const row = rows[lookup[lang].get(id) ?? -1];
        const sourceText = row ? row.src.map((s) => maps.zh.get(s)?.text ?? '').join('') : '';
        const { misspellings } = await runner.spell(lang, text, sourceText, { spellingIgnore: settings?.spellingIgnore, spellAllCaps: settings?.spellAllCaps });
        return misspellings;
      },
      suggest: (lang, word) => runner.suggest(lang, word),
      replace: (lang, id, start, end, correction) => {
        ref.current.edit('correct the spelling', (p) => setSentenceText(p, lang, id, replaceWord(sentenceText(p, lang, id) ?? '', start, end, correction)));
      },
      addWord: async (word) => {
        try {
          const { words } = await api()['spelling:addWord']({ word, teamFolder: ref.current.teamFolder });
          runner.setTeamWords(words);
          ref.current.runAllChecks();
          ref.current.toast(`“${word}” added to the team dictionary`);
        } catch (err) {
          ref.current.toastError(`Not added to the team dictionary: ${(err as Error).message}`);
        }
      },
      ignore: (word) => {
        ref.current.edit('ignore a word', (p) => ({ ...p, settings: { ...p.settings, spellingIgnore: withIgnoredWord(p.settings.spellingIgnore, word) } }));
      },
    };
    void import('../editor/spelling-markers').then(({ attachSpelling }) => {
      if (!attached.has(editor)) attached.set(editor, attachSpelling(editor.editor, host));
    });
  }, [editor, runner]);

  // A teammate's "Add to dictionary" (another window or process): the glossary folder's watcher
  // moved dictionaryVersion, or another project's team folder is in force; focus re-reads too (a
  // synced folder on a network drive may not report changes).
  const { teamFolder, dictionaryVersion } = input;
  const known = useRef<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    const read = () => {
      api()['spelling:teamWords']({ teamFolder })
        .then(({ words }) => {
          const key = words.join('\n');
          if (cancelled || key === known.current) return;
          const first = known.current === null;
          known.current = key;
          // The first answer only confirms what `spelling:dictionaries` brought with the dictionaries.
          if (first) return;
          runner.setTeamWords(words);
          if (editor) attached.get(editor)?.recheck();
          ref.current.runAllChecks();
        })
        .catch(() => undefined);
    };
    read();
    window.addEventListener('focus', read);
    return () => {
      cancelled = true;
      window.removeEventListener('focus', read);
    };
  }, [runner, editor, teamFolder, dictionaryVersion]);
}
