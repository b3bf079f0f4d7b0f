import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TargetLang } from '../../../core/model';
import type { Concept, SourceTermHit, TermBase } from '../../../core/glossary/types';
import type { QaTermMatcher } from '../../../core/qa/types';
import type { Response } from '../../../core/contract';
import { api } from '../api';
import { ruTermChoices } from '../../../core/glossary/ru-completion';
import type { EditorCompletion } from '../editor/sentence-editor';
import { markTargetTerms, missingTargetTerms } from '../../../core/qa/term-marks';
import type { MissingTerm, TargetTermMark } from '../../../core/qa/term-marks';
import { engine } from './engine';

export interface Glossary {
  termBase: TermBase | null;
  matcher: QaTermMatcher | undefined;
  concepts: number;
  problems: string[];
  /** Source terms in a Chinese sentence (cached per text: the grid asks on every draw). */
  sourceTerms(text: string): SourceTermHit[];
  /** "en: …  ru: …" for a hover. */
  describe(concept: Concept): string;
  /** Terms the bead's source requires, found (inflected) in one of its target sentences (cached per text). */
  targetTerms(sourceText: string, targetText: string, lang: TargetLang): TargetTermMark[];
  /** Terms the bead's source requires that its whole translation lacks. */
  missingTerms(sourceText: string, targetText: string, lang: TargetLang): MissingTerm[];
  /** The target terms a Chinese text requires, for completion while typing. */
  requiredFor(sourceText: string, lang: TargetLang): EditorCompletion[];
  /** Each file of the glossary folder with its format and the content hash it was read with (edits send it back). */
  sources: GlossarySource[];
  /** The team folder in force (the project's own or the built-in one), and why not the project's if refused. */
  teamFolder: Response<'glossary:load'>['teamFolder'] | null;
  /** Read the files again (after an edit; the folder watcher triggers it for changes from elsewhere). */
  reload(): void;
  /** The folder watcher's counter for the team folder's team-dictionary.txt: spelling re-reads its words when it moves. */
  dictionaryVersion: number;
}

export type GlossarySource = NonNullable<Response<'glossary:load'>['sources']>[number];

/** How often the page asks whether the watched glossary folder changed (one small request). */
const POLL_MS = 1500;

/** Load the merged term base for the open project and build the matcher once. */
export function useGlossary(glossaryPaths: readonly string[] | null, projectPath: string | null, sessionId: number, onError: (m: string) => void, teamFolder: string | null = null): Glossary {
  const [termBase, setTermBase] = useState<TermBase | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [sources, setSources] = useState<GlossarySource[]>([]);
  const [folderInForce, setFolderInForce] = useState<Glossary['teamFolder']>(null);
  const [reloads, setReloads] = useState(0);
  const [dictionaryVersion, setDictionaryVersion] = useState(0);
  const loadedVersion = useRef(-1);
  /** The identity of the merge `termBase` came from: the next load names it, and gets no term base if unchanged. */
  const heldMerge = useRef<string | null>(null);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  useEffect(() => {
    if (glossaryPaths === null) return;
    let cancelled = false;
    const load = api()['glossary:load'];
    load({ glossaryPaths: [...glossaryPaths], projectPath, teamFolder, held: heldMerge.current })
      .then((r) => {
        if (cancelled) return;
        // No term base: the same files as the one held. Keeping the same object keeps the matcher
        // (0.4–0.9 s to build for 10,000 concepts), the QA worker's copy and the checks' results.
        if (r.termBase) setTermBase(r.termBase as TermBase);
        heldMerge.current = r.merged ?? null;
        setSources(r.sources ?? []);
        setFolderInForce(r.teamFolder ?? null);
        loadedVersion.current = r.version ?? 0;
        setProblems(r.problems.map((p) => `${p.file}:${p.line}: ${p.message}`));
      })
      .catch((err: Error) => onError(`Glossary not loaded: ${err.message}`));
    return () => {
      cancelled = true;
    };
    // Reload when another project is opened or the files changed, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId, reloads, teamFolder]);

  // A teammate's change in the watched folder: reload, which rebuilds the matcher and re-runs QA.
  useEffect(() => {
    if (glossaryPaths === null) return;
    const timer = setInterval(() => {
      api()['glossary:poll']({})
        .then(({ version, dictionaryVersion: dictionary }) => {
          if (dictionary !== undefined) setDictionaryVersion(dictionary);
          if (loadedVersion.current >= 0 && version > loadedVersion.current) {
            loadedVersion.current = version;
            reload();
          }
        })
        .catch(() => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [glossaryPaths === null, reload]); // eslint-disable-line react-hooks/exhaustive-deps

  const matcher = useMemo(() => (termBase ? engine.createMatcher(termBase) : undefined), [termBase]);
  const cache = useMemo(() => new Map<string, SourceTermHit[]>(), [matcher]); // eslint-disable-line react-hooks/exhaustive-deps

  const sourceTerms = useCallback(
    (text: string) => {
      if (!matcher) return [];
      let hits = cache.get(text);
      if (!hits) {
        hits = matcher.findSourceTerms(text);
        if (cache.size > 20_000) cache.clear();
        cache.set(text, hits);
      }
      return hits;
    },
    [matcher, cache],
  );

  const targetCache = useMemo(() => new Map<string, TargetTermMark[]>(), [matcher]); // eslint-disable-line react-hooks/exhaustive-deps
  const targetTerms = useCallback(
    (sourceText: string, targetText: string, lang: TargetLang) => {
      if (!matcher) return [];
      const key = `${lang}\u0000${sourceText}\u0000${targetText}`;
      let marks = targetCache.get(key);
      if (!marks) {
        marks = markTargetTerms(matcher, sourceTerms(sourceText), targetText, lang);
        if (targetCache.size > 20_000) targetCache.clear();
        targetCache.set(key, marks);
      }
      return marks;
    },
    [matcher, sourceTerms, targetCache],
  );
  const missingTerms = useCallback(
    (sourceText: string, targetText: string, lang: TargetLang) => (matcher ? missingTargetTerms(matcher, sourceText, sourceTerms(sourceText), targetText, lang) : []),
    [matcher, sourceTerms],
  );

  const describe = useCallback(
    (concept: Concept) =>
      (['en', 'ru'] as const)
        .map((lang) => {
          const preferred = matcher?.requiredTargets(concept, lang).map((t) => t.text) ?? [];
          const forbidden = matcher?.forbiddenTargets(concept, lang).map((t) => t.text) ?? [];
          if (preferred.length === 0) return '';
          return `${lang.toUpperCase()}: ${preferred.join(' / ')}${forbidden.length ? `  (not: ${forbidden.join(', ')})` : ''}`;
        })
        .filter(Boolean)
        .join('\n'),
    [matcher],
  );

  const requiredFor = useCallback(
    (sourceText: string, lang: TargetLang) => {
      if (!matcher) return [];
      const seen = new Set<string>();
      const out: EditorCompletion[] = [];
      for (const hit of sourceTerms(sourceText)) {
        for (const term of matcher.requiredTargets(hit.concept, lang)) {
          if (seen.has(term.text)) continue;
          seen.add(term.text);
          const detail = `glossary: ${hit.text}${term.status === 'preferred' ? '' : ` (${term.status})`}`;
          // Russian: the case forms, the one the preceding preposition or verb asks for first.
          out.push(lang === 'ru' ? { text: term.text, detail, forms: (before: string) => ruTermChoices(term.text, before) } : { text: term.text, detail });
        }
      }
      return out;
    },
    [matcher, sourceTerms],
  );

  return { termBase, matcher, concepts: termBase?.concepts.length ?? 0, problems, sourceTerms, targetTerms, missingTerms, describe, requiredFor, sources, teamFolder: folderInForce, reload, dictionaryVersion };
}
