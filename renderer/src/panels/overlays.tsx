import { useEffect, useRef, useState } from 'react';
import type React from 'react';
import { COMMANDS } from '../../../core/commands';
import { displayKeys } from '../commands';

/** The search bar: matches across source and targets, Enter / Shift+Enter to walk them. */
export function SearchBar({ query, setQuery, count, current, next, close }: {
  query: string;
  setQuery(q: string): void;
  count: number;
  current: number;
  next(step: 1 | -1): void;
  close(): void;
}): React.JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  return (
    <div className="search-bar" role="search">
      <input
        ref={input}
        autoFocus
        value={query}
        placeholder="Search 中文, English, Русский…"
        aria-label="Search source and targets"
        data-testid="search-input"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            next(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') close();
        }}
      />
      <span className="search-count" data-testid="search-count">{query ? `${count ? current + 1 : 0} / ${count}` : ''}</span>
      <button type="button" className="tool small" onClick={() => next(-1)} title="Previous match (Shift+Enter)">↑</button>
      <button type="button" className="tool small" onClick={() => next(1)} title="Next match (Enter)">↓</button>
      <button type="button" className="tool small" onClick={close} title="Close (Esc)">×</button>
    </div>
  );
}

/** A small modal asking for one value (go to paragraph). */
export function Prompt({ label, onSubmit, close }: { label: string; onSubmit(value: string): void; close(): void }): React.JSX.Element {
  const [value, setValue] = useState('');
  return (
    <div className="modal-backdrop" onMouseDown={close}>
      <form
        className="modal prompt"
        onMouseDown={(e) => e.stopPropagation()}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(value);
        }}
      >
        <label>
          {label}
          <input autoFocus value={value} onChange={(e) => setValue(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && close()} data-testid="prompt-input" />
        </label>
      </form>
    </div>
  );
}

/** Every shortcut, from the same table the key handler uses. */
export function HelpOverlay({ close }: { close(): void }): React.JSX.Element {
  const groups = new Map<string, Array<[string, { label: string; keys: readonly string[] }]>>();
  for (const [id, c] of Object.entries(COMMANDS)) {
    if (c.keys.length === 0) continue;
    groups.set(c.group, [...(groups.get(c.group) ?? []), [id, c]]);
  }
  return (
    <div className="modal-backdrop" onMouseDown={close}>
      <div className="modal help" role="dialog" aria-label="Keyboard shortcuts" onMouseDown={(e) => e.stopPropagation()}>
        <h2>Keyboard shortcuts</h2>
        <div className="help-groups">
          {[...groups].map(([group, items]) => (
            <section key={group}>
              <h3>{group}</h3>
              <dl>
                {items.map(([id, c]) => (
                  <div key={id} className="help-item">
                    <dt>{c.keys.map((k) => <kbd key={k}>{displayKeys(k)}</kbd>)}</dt>
                    <dd>{c.label}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <p className="help-note">Click a sentence to edit it. Terms from the glossary are underlined in the Chinese text; hover for their fixed English and Russian. While typing, the required terms are offered as completions.</p>
      </div>
    </div>
  );
}

/** Short messages at the bottom right, gone after a few seconds. */
export function Toasts({ toasts }: { toasts: Array<{ id: number; text: string; kind: 'info' | 'warning' | 'error' }> }): React.JSX.Element {
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} data-testid="toast">{t.text}</div>
      ))}
    </div>
  );
}
