import { useEffect, useRef, useState } from 'react';
import type React from 'react';
import { COMMANDS } from '../../../core/commands';
import { displayKeys } from '../commands';
import { Dialog } from './dialog';

/** Find and replace: the options and actions the search bar offers when the workbench passes them. */
export interface ReplaceControls {
  regex: boolean;
  matchCase: boolean;
  setOption(option: 'regex' | 'matchCase', on: boolean): void;
  replacement: string;
  setReplacement(text: string): void;
  replaceCurrent(): void;
  replaceAll(): void;
  /** Why the pattern is unusable (an invalid regular expression), or null. */
  problem: string | null;
}

/**
 * The search bar: matches across source and targets, Enter / Shift+Enter to walk them; with
 * `replace`, Find and replace in the translations (regex, match case, one or all).
 */
export function SearchBar({ query, setQuery, count, current, next, close, replace }: {
  query: string;
  setQuery(q: string): void;
  count: number;
  current: number;
  next(step: 1 | -1): void;
  close(): void;
  replace?: ReplaceControls;
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
      {replace && (
        <>
          <button type="button" className={`tool small toggle${replace.matchCase ? ' is-on' : ''}`} aria-pressed={replace.matchCase} onClick={() => replace.setOption('matchCase', !replace.matchCase)} title="Match case" data-testid="search-case">Aa</button>
          <button type="button" className={`tool small toggle${replace.regex ? ' is-on' : ''}`} aria-pressed={replace.regex} onClick={() => replace.setOption('regex', !replace.regex)} title="Regular expression ($1 in the replacement)" data-testid="search-regex">.*</button>
          <input
            className="replace-input"
            value={replace.replacement}
            placeholder="Replace in translations with…"
            aria-label="Replace with"
            data-testid="replace-input"
            onChange={(e) => replace.setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                if (e.ctrlKey || e.metaKey) replace.replaceAll();
                else replace.replaceCurrent();
              } else if (e.key === 'Escape') close();
            }}
          />
          <button type="button" className="tool small" onClick={replace.replaceCurrent} disabled={!query || replace.problem !== null} title="Replace this match (Enter in the replace field)" data-testid="replace-one">Replace</button>
          <button type="button" className="tool small" onClick={replace.replaceAll} disabled={!query || replace.problem !== null} title="Replace every match in the shown translations, one undo step (Ctrl+Enter)" data-testid="replace-all">All</button>
          {replace.problem && <span className="search-problem" role="alert">{replace.problem}</span>}
        </>
      )}
      <button type="button" className="tool small" onClick={close} title="Close (Esc)">×</button>
    </div>
  );
}

/** A small modal asking for one value (go to paragraph). */
export function Prompt({ label, onSubmit, close }: { label: string; onSubmit(value: string): void; close(): void }): React.JSX.Element {
  const [value, setValue] = useState('');
  return (
    <Dialog
      className="prompt"
      label={label}
      dismiss={close}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(value);
      }}
    >
      <label>
        {label}
        <input autoFocus value={value} onChange={(e) => setValue(e.target.value)} data-testid="prompt-input" />
      </label>
    </Dialog>
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
    <Dialog className="help" label="Keyboard shortcuts" dismiss={close}>
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
      <p className="help-note" data-testid="help-cut-rows">
        Rows cut to three lines (windows up to 800 px tall): the row you are on always shows whole, so go to it to read it — <kbd>Enter</kbd> from the grid, <kbd>{displayKeys('Ctrl+ArrowDown')}</kbd>, <kbd>F8</kbd> or <kbd>{displayKeys('Ctrl+G')}</kbd>; <kbd>{displayKeys('Alt+Z')}</kbd> shows every row whole. With the mouse, “more” at a cut sentence’s end opens its row.
      </p>
      <p className="help-note">Click a sentence to edit it. Terms from the glossary are underlined in the Chinese text; hover for their fixed English and Russian. While typing, the required terms are offered as completions.</p>
    </Dialog>
  );
}

/**
 * Short messages, gone after a few seconds, at the bottom right of the grid: above the Problems
 * panel, not over it (at the window's corner they covered its Dismiss buttons just as the translator
 * went on to the next finding, and took the click). They never take a click: it goes to what is under.
 */
export function Toasts({ toasts }: { toasts: Array<{ id: number; text: string; kind: 'info' | 'warning' | 'error' }> }): React.JSX.Element {
  return (
    <div className="toast-anchor">
      <div className="toasts" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.kind}`} data-testid="toast">{t.text}</div>
        ))}
      </div>
    </div>
  );
}
