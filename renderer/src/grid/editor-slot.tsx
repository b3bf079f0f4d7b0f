import { useLayoutEffect, useRef } from 'react';
import type React from 'react';
import type { SentenceEditor } from '../editor/sentence-editor';

/** Where the one Monaco editor sits while its sentence's row is rendered. */
export function EditorSlot({ editor }: { editor: SentenceEditor }): React.JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const slot = ref.current!;
    editor.attach(slot);
    return () => editor.detach(slot);
  }, [editor]);
  return <div ref={ref} className="editor-slot" data-testid="editor-slot" />;
}
