/**
 * Spelling in the sentence editor: the open English or Russian sentence is spell-checked in the QA
 * worker as you type (debounced), unknown words get a violet squiggle (Monaco markers of their own
 * owner), and Ctrl+., the lightbulb or the context menu offer corrections, "Add to dictionary" and
 * "Ignore in this project". A probable name (the worker's `probableName`, the rule the Problems list
 * uses) gets a grey dotted underline instead and no corrections: only adding or ignoring it. What
 * those do to the project and the team file is the host's business.
 */
import type { Lang, TargetLang } from '../../../core/model';
import type { Misspelling } from '../../../core/spelling';
import { MAX_QUICK_FIXES, misspellingMessage, probableNameHover } from '../../../core/spelling/fixes';
import { monaco } from './monaco';
import { attachLightbulb, liftContextViews } from './quick-fix-ui';

/** What the editor needs from the workbench. */
export interface SpellingHost {
  /** The unknown words of a sentence (checked in the worker), or null when it is not checked. */
  check(lang: TargetLang, sentenceId: string, text: string): Promise<Misspelling[] | null>;
  suggest(lang: TargetLang, word: string): Promise<string[]>;
  /** Replace `[start, end)` of a sentence by a correction, as one undo step. */
  replace(lang: TargetLang, sentenceId: string, start: number, end: number, correction: string): void;
  addWord(word: string): Promise<void>;
  ignore(word: string): void;
}

/** Markers of this owner are spelling's; the QA findings have their own ('duizhao-qa'). */
export const SPELLING_OWNER = 'duizhao-spelling';
const SOURCE = 'spelling';
/** Typing pauses this long before the sentence is checked again. */
const DEBOUNCE_MS = 150;

/**
 * Hint severity with the Deprecated tag: Monaco then marks the whole word with the inline class
 * `squiggly-inline-deprecated`, which styles.css draws as a violet wavy underline. Error, warning
 * and info squiggles stay the QA findings' own colours; nothing else in the app uses this tag.
 */
const TYPO_STYLE = { severity: 1 /* MarkerSeverity.Hint */, tags: [2 /* MarkerTag.Deprecated */] };
/**
 * A probable name: Hint with the Unnecessary tag, whose inline class `squiggly-inline-unnecessary`
 * styles.css draws as a grey dotted underline at full opacity (Monaco would fade the word). It is
 * information, like the check's finding, but Monaco's Info squiggle is the QA notes' blue wave.
 */
const NAME_STYLE = { severity: 1 /* MarkerSeverity.Hint */, tags: [1 /* MarkerTag.Unnecessary */] };

/** Whether a spelling marker is a probable name's (no corrections offered for it). */
function isNameMarker(marker: { tags?: readonly number[] }): boolean {
  return marker.tags?.includes(NAME_STYLE.tags[0]!) ?? false;
}

function sentenceOf(model: monaco.editor.ITextModel): { lang: Lang; sentenceId: string } | null {
  // Models are named duizhao:/<lang>/<sentence id> (sentence-editor.ts).
  const m = /^\/(zh|en|ru)\/(.+)$/u.exec(model.uri.path);
  return m ? { lang: m[1] as Lang, sentenceId: m[2]! } : null;
}

/**
 * Attaches live spelling to the one sentence editor. Returns `recheck`, for when the accepted words
 * change (a word added or ignored, the team file read again).
 */
export function attachSpelling(editor: monaco.editor.IStandaloneCodeEditor, host: SpellingHost): { recheck(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  async function check(): Promise<void> {
    const model = editor.getModel();
    const at = model && sentenceOf(model);
    if (!model || !at) return;
    if (at.lang === 'zh') return monaco.editor.setModelMarkers(model, SPELLING_OWNER, []);
    const version = model.getVersionId();
    const ticket = ++asked;
    const found = await host.check(at.lang, at.sentenceId, model.getValue());
    // Typing (or another sentence) overtook this check: its offsets point at old text.
    if (ticket !== asked || model.isDisposed() || model.getVersionId() !== version) return;
    monaco.editor.setModelMarkers(
      model,
      SPELLING_OWNER,
      (found ?? []).map((m) => {
        const start = model.getPositionAt(m.start);
        const end = model.getPositionAt(m.end);
        const look = m.probableName ? { ...NAME_STYLE, message: probableNameHover(m.word, m.speakerLabel) } : { ...TYPO_STYLE, message: misspellingMessage(m.word) };
        return { ...look, source: SOURCE, code: m.word, startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
      }),
    );
  }

  function schedule(delay: number): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void check();
    }, delay);
  }

  editor.onDidChangeModel(() => schedule(0));
  editor.onDidChangeModelContent(() => schedule(DEBOUNCE_MS));

  /**
   * After a correction the caret goes to the end of the new word. The project changes first and the
   * editor follows it (setValue, which keeps the old offset), so the caret is placed once the new
   * text has arrived, after that synchronous update.
   */
  let pendingCaret: monaco.IDisposable | undefined;
  function caretAfter(offset: number, correction: string): void {
    pendingCaret?.dispose();
    const listener = editor.onDidChangeModelContent(() => {
      const model = editor.getModel();
      if (!model || model.getValue().slice(offset - correction.length, offset) !== correction) return;
      listener.dispose();
      queueMicrotask(() => {
        if (editor.getModel() === model) editor.setPosition(model.getPositionAt(offset));
      });
    });
    pendingCaret = listener;
    setTimeout(() => listener.dispose(), 5000);
  }

  attachLightbulb(editor, SPELLING_OWNER);
  liftContextViews(editor);

  // The quick fixes run as commands: the host changes the project; the editor follows it.
  const replaceId = editor.addCommand(0, (_a, lang: TargetLang, id: string, start: number, end: number, correction: string) => {
    caretAfter(start + correction.length, correction);
    host.replace(lang, id, start, end, correction);
  });
  const addId = editor.addCommand(0, (_a, word: string) => void host.addWord(word).then(() => schedule(0)));
  const ignoreId = editor.addCommand(0, (_a, word: string) => {
    host.ignore(word);
    schedule(0);
  });

  monaco.languages.registerCodeActionProvider('plaintext', {
    provideCodeActions: async (model, _range, context) => {
      const at = sentenceOf(model);
      if (model !== editor.getModel() || !at || at.lang === 'zh' || !replaceId || !addId || !ignoreId) return { actions: [], dispose: () => {} };
      const lang = at.lang;
      const actions: monaco.languages.CodeAction[] = [];
      for (const marker of context.markers) {
        if (marker.source !== SOURCE) continue;
        const word = model.getValueInRange(marker);
        const start = model.getOffsetAt({ lineNumber: marker.startLineNumber, column: marker.startColumn });
        const end = model.getOffsetAt({ lineNumber: marker.endLineNumber, column: marker.endColumn });
        // A name's "corrections" would damage it (Трамп → Трап), and asking for them costs ~0.1 s in Russian.
        const suggestions = isNameMarker(marker) ? [] : (await host.suggest(lang, word)).slice(0, MAX_QUICK_FIXES);
        suggestions.forEach((s, i) => {
          actions.push({ title: `Change to “${s}”`, kind: 'quickfix', isPreferred: i === 0, diagnostics: [marker], command: { id: replaceId, title: s, arguments: [lang, at.sentenceId, start, end, s] } });
        });
        actions.push({ title: `Add “${word}” to the team dictionary`, kind: 'quickfix', diagnostics: [marker], command: { id: addId, title: 'Add to dictionary', arguments: [word] } });
        actions.push({ title: `Ignore “${word}” in this project`, kind: 'quickfix', diagnostics: [marker], command: { id: ignoreId, title: 'Ignore in this project', arguments: [word] } });
      }
      return { actions, dispose: () => {} };
    },
  }, { providedCodeActionKinds: ['quickfix'] });

  // The context menu has no Quick Fix entry of its own: this one opens the same menu.
  editor.addAction({
    id: 'duizhao.spellingFixes',
    label: 'Spelling corrections…',
    contextMenuGroupId: '1_modification',
    contextMenuOrder: 0,
    run: (ed) => ed.trigger('spelling', 'editor.action.quickFix', null),
  });

  return { recheck: () => schedule(0) };
}

/** The spelling markers on a model (tests and the benchmark observe them). */
export function spellingMarkers(model: monaco.editor.ITextModel): monaco.editor.IMarker[] {
  return monaco.editor.getModelMarkers({ resource: model.uri, owner: SPELLING_OWNER });
}
