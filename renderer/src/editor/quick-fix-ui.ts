/**
 * The sentence editor's quick-fix UI, fitted to an editor that lives in a grid cell:
 *
 * - A lightbulb of our own. Monaco's lightbulb needs room left of the text or in a glyph margin; a
 *   one-line model with no glyph margin (ours: the text must line up with the grid's plain cells)
 *   leaves it nowhere, so it never shows. Ours floats above the start of the unknown word the
 *   cursor is in, and a click opens the same quick-fix menu as Ctrl+.
 * - The quick-fix menu on top of everything. Monaco renders it inside the editor's DOM; the grid's
 *   scroller clips that (its rows are transformed, so even `position: fixed` stays inside), and a
 *   row near the bottom opened it under the Problems panel. The menu's element is put into a layer
 *   on <body> instead, and keys pressed in it are handed to the editor's keybindings.
 */
import { monaco } from './monaco';

/** The lightbulb's widget id (tests find it by its test id). */
const LIGHTBULB_ID = 'duizhao.spellingLightbulb';

/**
 * Shows a lightbulb over the marker (of `owner`) the cursor is in; clicking it opens the quick fixes.
 * Returns `refresh`, to call when the markers change.
 */
export function attachLightbulb(editor: monaco.editor.IStandaloneCodeEditor, owner: string): { refresh(): void } {
  const node = document.createElement('div');
  node.className = 'spelling-lightbulb codicon codicon-lightbulb-autofix';
  node.dataset.testid = 'spelling-lightbulb';
  node.title = 'Spelling corrections (Ctrl+.)';
  node.setAttribute('role', 'button');
  node.setAttribute('aria-label', 'Spelling corrections');
  let position: monaco.IPosition | null = null;
  const widget: monaco.editor.IContentWidget = {
    allowEditorOverflow: true,
    suppressMouseDown: true,
    getId: () => LIGHTBULB_ID,
    getDomNode: () => node,
    getPosition: () =>
      position
        ? { position, preference: [monaco.editor.ContentWidgetPositionPreference.ABOVE, monaco.editor.ContentWidgetPositionPreference.BELOW] }
        : null,
  };
  editor.addContentWidget(widget);

  function refresh(): void {
    const model = editor.getModel();
    const cursor = editor.getPosition();
    let next: monaco.IPosition | null = null;
    if (model && cursor && editor.hasTextFocus()) {
      const marker = monaco.editor
        .getModelMarkers({ resource: model.uri, owner })
        .find((m) => monaco.Range.containsPosition(m, cursor));
      if (marker) next = { lineNumber: marker.startLineNumber, column: marker.startColumn };
    }
    if (next?.lineNumber === position?.lineNumber && next?.column === position?.column) return;
    position = next;
    node.style.display = position ? '' : 'none';
    editor.layoutContentWidget(widget);
  }

  node.addEventListener('mousedown', (e) => {
    e.preventDefault();
    e.stopPropagation();
    editor.focus();
    editor.trigger('lightbulb', 'editor.action.quickFix', null);
  });
  editor.onDidChangeCursorPosition(refresh);
  editor.onDidFocusEditorText(refresh);
  // Blur: hide, unless focus went into the quick-fix menu the lightbulb opened.
  editor.onDidBlurEditorText(() => setTimeout(refresh, 0));
  monaco.editor.onDidChangeMarkers((uris) => {
    const model = editor.getModel();
    if (model && uris.some((u) => u.toString() === model.uri.toString())) refresh();
  });
  refresh();
  return { refresh };
}

/** The layer on <body> that holds the editor's context views (the quick-fix menu). */
function contextLayer(): HTMLElement {
  let layer = document.querySelector<HTMLElement>('body > .duizhao-context-layer');
  if (!layer) {
    layer = document.createElement('div');
    // `monaco-editor`: the menu's styles are scoped under it.
    layer.className = 'monaco-editor duizhao-context-layer';
    document.body.appendChild(layer);
  }
  return layer;
}

/**
 * Monaco's quick-fix menu (a `.context-view` it appends to the editor's DOM node) goes into a
 * layer on <body>. The menu's keybindings (Up/Down/Enter/Escape) are the editor's and listen on its
 * element: when the menu itself has focus (opened by a click), its keys are re-dispatched there.
 */
export function liftContextViews(editor: monaco.editor.IStandaloneCodeEditor): void {
  const patched = new WeakSet<HTMLElement>();
  const patch = (): void => {
    // The node is the view's: a new one comes with every model the editor is given.
    const editorNode = editor.getDomNode();
    if (!editorNode || patched.has(editorNode)) return;
    patched.add(editorNode);
    const append = editorNode.appendChild.bind(editorNode);
    editorNode.appendChild = <T extends Node>(child: T): T => {
      if (child instanceof HTMLElement && child.classList.contains('context-view')) {
        child.addEventListener('keydown', (e) => forwardKey(e as KeyboardEvent, editor));
        sizeMenusToWindow(child, editor);
        return contextLayer().appendChild(child);
      }
      return append(child);
    };
  };
  patch();
  editor.onDidChangeModel(patch);
}

/**
 * The menu's height, measured against the window rather than the editor. Monaco sizes the list by
 * the space below it in the layout service's container, which in a standalone editor is the
 * editor's own element: for a one-line sentence that is 22 px, so the menu fell back to its
 * 3-entry minimum and scrolled. While a menu is rendered into `view` (synchronously: the list is
 * laid out inside that render), the editor element's clientHeight reads as the window's. The view
 * stands at the window's top during that render, so the list gets its full height (up to Monaco's
 * cap of 60 % of the window); ContextView then places it below the word, or above when the room
 * below is short. Outside that moment clientHeight is the element's own (Monaco's size observer
 * reads it too).
 */
function sizeMenusToWindow(view: HTMLElement, editor: monaco.editor.IStandaloneCodeEditor): void {
  let rendering = false;
  const container = editor.getContainerDomNode();
  const own = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!.get!;
  Object.defineProperty(container, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return rendering ? Math.max(own.call(this), document.documentElement.clientHeight) : own.call(this);
    },
  });
  const append = view.appendChild.bind(view);
  view.appendChild = <T extends Node>(child: T): T => {
    if (child instanceof HTMLElement && child.classList.contains('action-widget')) {
      rendering = true;
      // The render that appended it lays the list out before it returns; then the element's own height again.
      queueMicrotask(() => {
        rendering = false;
        clearTheLine(view, editor);
      });
    }
    return append(child);
  };
}

/**
 * ContextView puts a menu that does not fit below the word with its bottom at Monaco's anchor, the
 * bottom of the cursor's line: the menu then covers the word it corrects. Lift it clear of the line.
 */
function clearTheLine(view: HTMLElement, editor: monaco.editor.IStandaloneCodeEditor): void {
  const cursor = editor.getPosition();
  const at = cursor ? editor.getScrolledVisiblePosition(cursor) : null;
  const node = editor.getDomNode();
  if (!at || !node) return;
  const lineTop = node.getBoundingClientRect().top + at.top;
  const lineBottom = lineTop + at.height;
  const menu = view.getBoundingClientRect();
  const above = menu.top < lineTop && menu.bottom <= lineBottom + 1;
  if (!above || menu.bottom <= lineTop) return;
  const top = Number.parseFloat(view.style.top);
  if (Number.isFinite(top)) view.style.top = `${Math.max(0, top - (menu.bottom - lineTop))}px`;
}

/** The keys the menu needs from the editor's keybindings. */
const MENU_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 'Enter', 'Escape', 'Tab']);

function forwardKey(e: KeyboardEvent, editor: monaco.editor.IStandaloneCodeEditor): void {
  const editorNode = editor.getDomNode();
  if (!editorNode || !MENU_KEYS.has(e.key) || e.defaultPrevented) return;
  const copy = new KeyboardEvent('keydown', { key: e.key, code: e.code, ctrlKey: e.ctrlKey, shiftKey: e.shiftKey, altKey: e.altKey, metaKey: e.metaKey, bubbles: true, cancelable: true });
  // Monaco reads the legacy keyCode, which an event made in script cannot set.
  Object.defineProperty(copy, 'keyCode', { get: () => e.keyCode });
  Object.defineProperty(copy, 'which', { get: () => e.which });
  editorNode.dispatchEvent(copy);
  if (copy.defaultPrevented) {
    e.preventDefault();
    e.stopPropagation();
  }
}
