import { findTagTokens, type TagTokenAt } from '../../../core/model/tag-tokens';
import { monaco } from './monaco';

/**
 * Inline-code tokens (⟦1⟧, ⟦/1⟧) shown as chips and kept whole: the cursor never rests inside one
 * (it jumps to the nearer edge, or on in the direction it was moving), Backspace/Delete next to a
 * chip removes the whole chip, and an edit that would leave half a token (a selection cutting
 * through one, text typed into one) is undone at once. The text itself keeps the token, so QA,
 * undo and export see exactly what the editor shows.
 */
export function attachTagChips(editor: monaco.editor.IStandaloneCodeEditor): void {
  const chips = editor.createDecorationsCollection();
  let tokens: TagTokenAt[] = [];
  let undoing = false;

  const refresh = (): void => {
    const model = editor.getModel();
    tokens = model ? findTagTokens(model.getValue()) : [];
    chips.set(
      tokens.map((t) => {
        const start = model!.getPositionAt(t.start);
        const end = model!.getPositionAt(t.end);
        return {
          range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
          options: {
            inlineClassName: t.closing ? 'tag-chip tag-chip-close' : 'tag-chip',
            hoverMessage: { value: `Inline code ${t.n}${t.closing ? ' (end)' : ''} from the original file: keep it in the translation` },
            stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
          },
        };
      }),
    );
  };

  const offset = (pos: monaco.IPosition): number => editor.getModel()?.getOffsetAt(pos) ?? 0;
  const inside = (at: number): TagTokenAt | undefined => tokens.find((t) => at > t.start && at < t.end);

  editor.onDidChangeModel(refresh);
  editor.onDidChangeModelContent(() => {
    if (undoing) return;
    const model = editor.getModel();
    if (!model) return;
    const text = model.getValue();
    const whole = findTagTokens(text);
    // Every ⟦ and ⟧ must belong to a whole token; anything else is a chip cut in half.
    const brackets = (text.match(/[⟦⟧]/g) ?? []).length;
    if (brackets !== whole.length * 2) {
      undoing = true;
      model.undo();
      undoing = false;
    }
    refresh();
  });

  let lastAt = 0;
  editor.onDidChangeCursorPosition((e) => {
    const at = offset(e.position);
    const chip = inside(at);
    const from = lastAt;
    lastAt = at;
    if (!chip) return;
    // A keyboard move goes on past the chip in its direction; a click goes to the nearer edge.
    const keyboard = e.source === 'keyboard';
    const forward = keyboard ? from <= at : at - chip.start > chip.end - at;
    const target = forward ? chip.end : chip.start;
    lastAt = target;
    editor.setPosition(editor.getModel()!.getPositionAt(target));
  });

  editor.onKeyDown((e) => {
    const back = e.keyCode === monaco.KeyCode.Backspace;
    if (!back && e.keyCode !== monaco.KeyCode.Delete) return;
    const selection = editor.getSelection();
    const model = editor.getModel();
    if (!selection || !model || !selection.isEmpty()) return;
    const at = offset(selection.getPosition());
    const chip = tokens.find((t) => (back ? t.end === at : t.start === at));
    if (!chip) return;
    e.preventDefault();
    e.stopPropagation();
    const start = model.getPositionAt(chip.start);
    const end = model.getPositionAt(chip.end);
    editor.executeEdits('tag-chip', [{ range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: '' }]);
  });
}
