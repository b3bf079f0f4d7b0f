import { CJK_FONT, fontFor } from './fonts';
import type { Lang } from '../../../core/model';
import { monaco } from './monaco';
import { onScreenReaderModeChange, screenReaderMode } from './screen-reader';
import { attachTagChips } from './tag-chips';

/** The sentence the editor shows. */
export interface EditorTarget {
  lang: Lang;
  sentenceId: string;
  text: string;
  readOnly?: boolean;
}

/** A squiggle: a QA finding inside the sentence, offsets into its text. */
export interface EditorMarker {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
  source: string;
}

/** A highlighted glossary term with what the hover should say. */
export interface EditorTerm {
  start: number;
  end: number;
  hover: string;
  /** Defaults to the term underline; a forbidden variant adds its own class. */
  className?: string;
}

/** A completion suggestion: a target term the current bead's source requires. */
export interface EditorCompletion {
  text: string;
  detail: string;
  /** Inflected forms to offer instead, given the text before the word typed (Russian case forms). */
  forms?: (before: string) => Array<{ text: string; detail: string; fits: boolean }>;
}

export const EDITOR_FONT = CJK_FONT;

/** Editors made so far (one in the app, more in tests): ids of their own for the description. */
let editorCount = 0;

const SEVERITY = { error: 8, warning: 4, info: 2 } as const; // monaco.MarkerSeverity values

/** When Esc is the editor's "leave": none of Monaco's widgets that Esc closes is open. */
const LEAVE_ON_ESCAPE = ['suggestWidgetVisible', 'codeActionMenuVisible', 'findWidgetVisible', 'editorHoverVisible', 'parameterHintsVisible', 'renameInputVisible', 'inSnippetMode', 'editorHasMultipleSelections']
  .map((key) => `!${key}`)
  .join(' && ');

/**
 * ONE Monaco editor for the whole grid. It lives in a detached element that the active cell adopts
 * (attach/detach), and swaps per-sentence models in and out, so a 5,000-bead document costs one
 * editor, not thousands. Text changes are reported up; the grid's undo history is the only undo.
 */
export class SentenceEditor {
  readonly element: HTMLDivElement;
  readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly models = new Map<string, monaco.editor.ITextModel>();
  private current: EditorTarget | undefined;
  private applyingExternal = false;
  /** Focus to take when the editor is next put into a row (see focus()). */
  private pendingFocus = false;
  /** Where the focus was when it was asked for (a Problems entry, a button): still there, it is taken. */
  private focusAskedFrom: Element | null = null;
  private label = 'Sentence editor';
  /**
   * What the sentence lacks (a glossary term, a number: no marker in the text shows it), as the
   * edit field's accessible description. Not in its name: a name that changes while the translator
   * types makes a screen reader announce the whole field again.
   */
  private readonly description: HTMLSpanElement;
  private completions: EditorCompletion[] = [];
  private termDecorations: monaco.editor.IEditorDecorationsCollection;
  /** Called with the new text on every user edit. */
  onText: (lang: Lang, sentenceId: string, text: string) => void = () => {};
  /** Enter inside a sentence (no line breaks in a segment): the grid moves on. */
  onEnter: () => void = () => {};

  constructor() {
    this.element = document.createElement('div');
    this.element.className = 'sentence-editor';
    this.element.style.height = '24px';
    monaco.editor.defineTheme('duizhao', {
      base: 'vs',
      inherit: true,
      rules: [],
      colors: { 'editor.background': '#fffdf5', 'editor.lineHighlightBackground': '#00000000', 'editorCursor.foreground': '#1d4ed8',
        // The quick-fix menu (spelling corrections): the page's text colour, not Monaco's pale grey.
        'editorActionList.foreground': '#1f2933', 'editorActionList.focusForeground': '#1f2933', 'editorActionList.focusBackground': '#e8efff', 'list.hoverForeground': '#1f2933', 'list.hoverBackground': '#e8efff' },
    });
    // Hovers and suggestions live in a layer on <body>: the grid's rows are positioned with CSS
    // transforms, which would otherwise trap and clip Monaco's fixed-position widgets.
    const overflow = document.createElement('div');
    overflow.className = 'monaco-editor duizhao-overflow-widgets';
    document.body.appendChild(overflow);
    this.editor = monaco.editor.create(this.element, {
      overflowWidgetsDomNode: overflow,
      theme: 'duizhao',
      fontFamily: EDITOR_FONT,
      fontSize: 14,
      lineHeight: 22,
      wordWrap: 'on',
      wrappingStrategy: 'advanced', // browser line breaking: correct for Chinese and Cyrillic
      lineNumbers: 'off',
      glyphMargin: false,
      folding: false,
      lineDecorationsWidth: 0,
      lineNumbersMinChars: 0,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      overviewRulerLanes: 0,
      hideCursorInOverviewRuler: true,
      renderLineHighlight: 'none',
      scrollbar: { vertical: 'hidden', horizontal: 'hidden', alwaysConsumeMouseWheel: false },
      padding: { top: 1, bottom: 1 },
      automaticLayout: true,
      fixedOverflowWidgets: true, // hovers and suggestions escape the grid cell
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
      quickSuggestions: { other: true, comments: false, strings: false },
      wordBasedSuggestions: 'off',
      suggest: { showWords: false, filterGraceful: true },
      contextmenu: true,
      // A sentence never holds a tab: Tab and Shift+Tab move the focus on, as everywhere else on
      // the page, instead of typing spaces into the translation and trapping the keyboard there.
      tabFocusMode: true,
      // Screen-reader mode (the sentence read out) when the system reports a screen reader or the
      // translator asks for it in Settings (./screen-reader.ts says why not always); otherwise 'auto',
      // which keeps the editor's own name (setLabel) instead of "not accessible" ('off'). What 'on'
      // changes besides (advanced wrapping, no wrapping indent) this editor has set already, and a
      // sentence is one model line, so accessibilityPageSize (lines) stays Monaco's.
      accessibilitySupport: monacoAccessibility(screenReaderMode()),
      ariaLabel: this.label,
    });
    onScreenReaderModeChange((on) => this.editor.updateOptions({ accessibilitySupport: monacoAccessibility(on) }));
    this.description = document.createElement('span');
    this.description.id = `sentence-editor-description-${++editorCount}`;
    this.description.hidden = true; // read through aria-describedby only
    this.element.appendChild(this.description);
    // Monaco builds a new edit field for each model it is given: describe that one.
    this.editor.onDidChangeModel(() => this.describeInput());
    this.termDecorations = this.editor.createDecorationsCollection();
    attachTagChips(this.editor);
    this.editor.onDidContentSizeChange((e) => {
      if (e.contentHeightChanged) this.fit();
    });
    this.editor.onDidChangeModelContent(() => {
      if (this.applyingExternal || !this.current) return;
      const model = this.editor.getModel();
      if (model) this.onText(this.current.lang, this.current.sentenceId, model.getValue());
    });
    // Not while a suggestion list or the quick-fix menu is open: Enter then takes the entry.
    this.editor.addCommand(monaco.KeyCode.Enter, () => this.onEnter(), '!suggestWidgetVisible && !codeActionMenuVisible');
    this.editor.addCommand(monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => this.onEnter(), '!suggestWidgetVisible && !codeActionMenuVisible');
    // Esc leaves the editor for the grid, as it leaves a dialog, unless it has something of Monaco's
    // to close first (a suggestion list, the quick-fix menu, find, a hover, extra cursors).
    this.editor.addCommand(monaco.KeyCode.Escape, () => this.leave(), LEAVE_ON_ESCAPE);
    monaco.languages.registerCompletionItemProvider('plaintext', {
      provideCompletionItems: (model, position) => {
        if (model !== this.editor.getModel() || this.completions.length === 0) return { suggestions: [] };
        const word = model.getWordUntilPosition(position);
        const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
        const before = model.getValueInRange(new monaco.Range(1, 1, position.lineNumber, word.startColumn));
        return { suggestions: completionItems(this.completions, before).map((c, i) => ({ ...c, kind: monaco.languages.CompletionItemKind.Reference, range, sortText: String(i).padStart(4, '0') })) };
      },
    });
  }

  /** Put the editor into a cell's slot element. */
  attach(slot: HTMLElement): void {
    if (this.element.parentElement !== slot) slot.appendChild(this.element);
    this.fit();
    // The focus asked for while the editor was out of the page (its row not drawn yet), or lost
    // when its row went away: taken now, unless the user has put the focus somewhere else since.
    if (this.pendingFocus) {
      this.pendingFocus = false;
      const active = document.activeElement;
      if (active === null || active === document.body || active === this.focusAskedFrom) this.editor.focus();
      this.focusAskedFrom = null;
    }
  }

  /**
   * Size the editor to its text at the cell's width: lay out at the new width first (wrapping
   * depends on it), then take the content height, so the row grows with the sentence.
   */
  private fit(): void {
    const width = this.element.clientWidth;
    if (width === 0) return;
    this.editor.layout({ width, height: Math.max(22, this.element.clientHeight) });
    const height = Math.max(22, this.editor.getContentHeight());
    if (this.element.style.height !== `${height}px`) {
      this.element.style.height = `${height}px`;
      this.editor.layout({ width, height });
    }
  }

  /** Take the editor out of a slot that is going away (a row scrolled out of view). */
  detach(slot: HTMLElement): void {
    if (this.element.parentElement !== slot) return;
    if (this.element.contains(document.activeElement)) {
      this.pendingFocus = true;
      this.focusAskedFrom = null;
    }
    slot.removeChild(this.element);
  }

  private modelFor(target: EditorTarget): monaco.editor.ITextModel {
    const key = `${target.lang}/${target.sentenceId}`;
    let model = this.models.get(key);
    if (model && model.isDisposed()) model = undefined;
    if (!model) {
      model = monaco.editor.createModel(target.text, 'plaintext', monaco.Uri.parse(`duizhao:/${key}`));
      this.models.set(key, model);
      // Keep a bounded set of models: old ones are cheap to recreate from the project.
      if (this.models.size > 64) {
        for (const [k, m] of this.models) {
          if (m !== this.editor.getModel() && k !== key) {
            m.dispose();
            this.models.delete(k);
            break;
          }
        }
      }
    }
    return model;
  }

  /** Show a sentence (swapping its model in) with the cursor at `offset`. */
  open(target: EditorTarget, offset?: number): void {
    const model = this.modelFor(target);
    this.current = target;
    if (model.getValue() !== target.text) this.withExternal(() => model.setValue(target.text));
    if (this.editor.getModel() !== model) this.editor.setModel(model);
    // Latin font first for English and Russian (curly quotes), CJK first for Chinese: editor/fonts.ts.
    this.editor.updateOptions({ readOnly: target.readOnly === true, fontFamily: fontFor(target.lang) });
    this.fit();
    if (offset !== undefined) {
      const position = model.getPositionAt(Math.min(offset, target.text.length));
      this.editor.setPosition(position);
      this.editor.revealPosition(position);
    }
  }

  /** The editor's accessible name: which row and language it is in (util/spoken-labels.ts). */
  setLabel(label: string): void {
    if (this.label === label) return;
    this.label = label;
    this.editor.updateOptions({ ariaLabel: label });
  }

  /** What the sentence lacks, spoken after the editor's name ('' for nothing). */
  setDescription(text: string): void {
    if (this.description.textContent === text) return;
    this.description.textContent = text;
    this.describeInput();
  }

  /** Point Monaco's edit field (EditContext or textarea) at the description while it says something. */
  private describeInput(): void {
    const input = this.element.querySelector('.native-edit-context, textarea.inputarea');
    if (!input) return;
    if (this.description.textContent) input.setAttribute('aria-describedby', this.description.id);
    else input.removeAttribute('aria-describedby');
  }

  /** The sentence shown, if any. */
  get target(): EditorTarget | undefined {
    return this.current;
  }

  /** Bring the text in line with the project after undo/redo without creating an edit event. */
  syncText(text: string): void {
    const model = this.editor.getModel();
    if (!model || model.getValue() === text) return;
    const offset = this.offset();
    this.withExternal(() => model.setValue(text));
    this.editor.setPosition(model.getPositionAt(Math.min(offset, text.length)));
  }

  private withExternal(change: () => void): void {
    this.applyingExternal = true;
    try {
      change();
    } finally {
      this.applyingExternal = false;
    }
  }

  /** The cursor as a character offset into the sentence. */
  offset(): number {
    const model = this.editor.getModel();
    const position = this.editor.getPosition();
    return model && position ? model.getOffsetAt(position) : 0;
  }

  /**
   * Keyboard focus to the editor. Going to a row off screen (a problem, F8, a search match), the
   * editor is out of the page until the row is drawn, and Monaco cannot take the focus there: the
   * keys typed next went nowhere. The focus then waits for `attach`.
   */
  focus(): void {
    if (this.element.isConnected) this.editor.focus();
    else {
      this.pendingFocus = true;
      this.focusAskedFrom = document.activeElement;
    }
  }

  /**
   * Give the keyboard back to the grid (its scroller, which holds the editor's row): the row stays
   * current, so Enter there goes on to the next row and a click or F8 brings the editor back.
   */
  leave(): void {
    const grid = this.element.closest<HTMLElement>('.grid-scroller');
    if (grid) grid.focus({ preventScroll: true });
    else (document.activeElement as HTMLElement | null)?.blur();
  }

  hasFocus(): boolean {
    return this.editor.hasTextFocus();
  }

  /** QA findings of this sentence as squiggles (hover shows the message). */
  setMarkers(markers: EditorMarker[]): void {
    const model = this.editor.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'duizhao-qa',
      // Spelling has its own violet markers, checked live (spelling-markers.ts).
      markers.filter((m) => m.source !== 'spelling.misspelling').map((m) => {
        const start = model.getPositionAt(m.start);
        const end = model.getPositionAt(Math.max(m.end, m.start + 1));
        return {
          startLineNumber: start.lineNumber,
          startColumn: start.column,
          endLineNumber: end.lineNumber,
          endColumn: end.column,
          message: m.message,
          severity: SEVERITY[m.severity],
          source: m.source,
        };
      }),
    );
  }

  /** The markers currently on the model (what a test or the benchmark can observe). */
  markerCount(): number {
    const model = this.editor.getModel();
    return model ? monaco.editor.getModelMarkers({ resource: model.uri, owner: 'duizhao-qa' }).length : 0;
  }

  /** Glossary terms in the sentence, highlighted, with their fixed translations on hover. */
  setTerms(terms: EditorTerm[]): void {
    const model = this.editor.getModel();
    if (!model) return;
    this.termDecorations.set(
      terms.map((t) => {
        const start = model.getPositionAt(t.start);
        const end = model.getPositionAt(t.end);
        return {
          range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
          options: { inlineClassName: t.className ?? 'term-inline', hoverMessage: { value: t.hover } },
        };
      }),
    );
  }

  /** The target terms the current bead's source requires: offered while typing. */
  setCompletions(completions: EditorCompletion[]): void {
    this.completions = completions;
  }
}

/**
 * The suggestion list: each required term, or its case forms where it has them — the forms the
 * context asks for first (preselected), then the term's other forms after every fitting one.
 */
function completionItems(completions: readonly EditorCompletion[], before: string): Array<{ label: string; detail: string; insertText: string; preselect?: boolean }> {
  const fitting: Array<{ label: string; detail: string; insertText: string; preselect?: boolean }> = [];
  const others: typeof fitting = [];
  for (const c of completions) {
    const forms = c.forms?.(before);
    if (!forms) {
      others.push({ label: c.text, detail: c.detail, insertText: c.text });
      continue;
    }
    for (const f of forms) (f.fits ? fitting : others).push({ label: f.text, detail: f.detail ? `${c.detail} · ${f.detail}` : c.detail, insertText: f.text, ...(f.fits ? { preselect: true } : {}) });
  }
  return [...fitting, ...others];
}

/** Monaco's option for the screen-reader mode. */
function monacoAccessibility(screenReader: boolean): 'on' | 'auto' {
  return screenReader ? 'on' : 'auto';
}

let instance: SentenceEditor | undefined;

/** The one editor of the page, created on first use. */
export function sentenceEditor(): SentenceEditor {
  instance ??= new SentenceEditor();
  return instance;
}
