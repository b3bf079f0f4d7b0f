/**
 * Monaco, bundled and offline: the lean `monaco-editor/editor` API plus only the features the
 * sentence editor uses (no language services, no CDN loader). The worker is a bundled file, which
 * the CSP allows with `worker-src 'self'`.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/suggest/register';
// The suggest feature entry registers only inline completions; the completion widget is its own contribution.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/codicon/register';
// Quick fixes (Ctrl+., the lightbulb): spelling corrections (spelling-markers.ts).
import 'monaco-editor/features/codeAction/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

window.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };
