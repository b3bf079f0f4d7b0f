import { useState } from 'react';
import type React from 'react';
import { createRoot } from 'react-dom/client';
import { Dialog } from './dialog';

function KeyPrompt({ prompt, done }: { prompt: string; done(value: string | null): void }): React.JSX.Element {
  const [value, setValue] = useState('');
  return (
    <Dialog
      className="prompt"
      label={prompt}
      dismiss={() => done(null)}
      onSubmit={(e) => {
        e.preventDefault();
        done(value);
      }}
    >
      <label>
        {prompt}; stored encrypted by the system, never shown again
        <input type="password" autoComplete="off" spellCheck={false} autoFocus value={value} onChange={(e) => setValue(e.target.value)} data-testid="deepl-key-input" />
      </label>
    </Dialog>
  );
}

/**
 * Ask for the DeepL key once, in a password field (never shown back), from code outside the React
 * tree (the DeepL draft flow): the dialog mounts in a root of its own and is gone once answered.
 * The key goes straight to main, which checks it with DeepL and stores it encrypted; this page keeps
 * no copy. Null when dismissed or left empty.
 */
export function askForKey(prompt: string): Promise<string | null> {
  return new Promise((resolve) => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const done = (value: string | null): void => {
      // Unmount after the event that answered has finished inside this root.
      queueMicrotask(() => {
        root.unmount();
        host.remove();
      });
      resolve(value?.trim() ? value.trim() : null);
    };
    root.render(<KeyPrompt prompt={prompt} done={done} />);
  });
}
