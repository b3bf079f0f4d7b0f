import type { SentenceEditor } from './sentence-editor';

let loading: Promise<SentenceEditor> | undefined;

/**
 * Monaco is most of the page's code: load it after the first rows are on screen, so opening a long
 * document is not held up by parsing an editor nobody has clicked into yet.
 */
export function loadSentenceEditor(): Promise<SentenceEditor> {
  loading ??= import('./sentence-editor').then((m) => m.sentenceEditor());
  return loading;
}
