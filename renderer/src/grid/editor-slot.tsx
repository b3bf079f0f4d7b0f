import { useLayoutEffect, useRef } from 'react';
import type React from 'react';
import { sentenceEditor } from '../editor/sentence-editor';

/** Where the one Monaco editor sits while its sentence's row is rendered. */
export function EditorSlot(): React.JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const slot = ref.current!;
    const editor = sentenceEditor();
    editor.attach(slot);
    return () => editor.detach(slot);
  }, []);
  return <div ref={ref} className="editor-slot" data-testid="editor-slot" />;
}
