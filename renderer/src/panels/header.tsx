import { useState } from 'react';
import type React from 'react';
import type { TargetLang } from '../../../core/model';
import { tooltip } from '../commands';
import { useMenuDismiss } from './use-menu-dismiss';

/** What "More ▾" offers when the toolbar is too narrow for its last two groups. */
const OVERFLOW_COMMANDS: CommandId[] = ['qa.run', 'qa.settings', 'draft.deepl', 'file.export', 'view.toggleEn', 'view.toggleRu', 'edit.find', 'glossary.toggle', 'app.settings', 'view.help'];
import type { CommandId } from '../../../core/commands';

export interface HeaderProps {
  name: string;
  dirty: boolean;
  path: string | null;
  busy: string | null;
  /** Determinate work (New project): how much is done, 0–100; null: the bar just runs. */
  percent?: number | null;
  visible: Record<TargetLang, boolean>;
  available: Record<TargetLang, boolean>;
  run(id: CommandId): void;
  recent: Array<{ path: string; name: string }>;
  openRecent(path: string): void;
  loadRecent(): void;
  undoLabel: string | undefined;
  redoLabel: string | undefined;
}

function Button({ id, run, children, disabled, className, label }: { id: CommandId; run(id: CommandId): void; children: React.ReactNode; disabled?: boolean; className?: string; label?: string }): React.JSX.Element {
  return (
    <button type="button" className={`tool ${className ?? ''}`} title={label ?? tooltip(id)} aria-label={label ?? tooltip(id)} disabled={disabled} onClick={() => run(id)} data-command={id}>
      {children}
    </button>
  );
}

/** The top bar: project name and state, file, alignment, QA and export actions, column toggles. */
export function Header(props: HeaderProps): React.JSX.Element {
  const [menu, setMenu] = useState<'open' | 'more' | null>(null);
  const { run, busy } = props;
  const openAnchor = useMenuDismiss<HTMLDivElement>(menu === 'open', () => setMenu(null));
  const moreAnchor = useMenuDismiss<HTMLDivElement>(menu === 'more', () => setMenu(null));
  return (
    <header className="header">
      <div className="brand">
        <span className="brand-mark">对照</span>
        <span className="brand-name">Duizhao</span>
      </div>
      <div className="project-title" title={props.path ?? 'not saved yet'}>
        <span className="project-name" data-testid="project-name">{props.name}</span>
        <span className={`save-state${props.dirty ? ' is-dirty' : ''}`} data-testid="save-state">
          {props.dirty ? '● unsaved' : props.path ? 'saved' : 'not saved yet'}
        </span>
      </div>
      <nav className="toolbar" aria-label="Actions">
        <div className="tool-group">
          <div className="menu-anchor" ref={openAnchor}>
            <button type="button" className="tool" title={tooltip('file.open')} onClick={() => { props.loadRecent(); setMenu(menu === 'open' ? null : 'open'); }} data-command="file.open">
              Open ▾
            </button>
            {menu === 'open' && (
              <div className="menu" role="menu">
                <button type="button" role="menuitem" onClick={() => { setMenu(null); run('file.new'); }}>New project…</button>
                <div className="menu-label">Built-in samples</div>
                <button type="button" role="menuitem" title={tooltip('file.openSample')} onClick={() => { setMenu(null); run('file.openSample'); }}>Strategic stability statement</button>
                <button type="button" role="menuitem" title={tooltip('file.openJointSample')} onClick={() => { setMenu(null); run('file.openJointSample'); }}>Joint statement</button>
                {props.recent.length > 0 && <div className="menu-label">Recent</div>}
                {props.recent.map((r) => (
                  <button type="button" role="menuitem" key={r.path} title={r.path} onClick={() => { setMenu(null); props.openRecent(r.path); }}>
                    {r.name} <span className="menu-hint">{r.path}</span>
                  </button>
                ))}
                <button type="button" role="menuitem" onClick={() => { setMenu(null); run('file.open'); }}>Open file…</button>
                <button type="button" role="menuitem" onClick={() => { setMenu(null); run('file.import'); }}>Import TMX/XLIFF…</button>
              </div>
            )}
          </div>
          <Button id="file.save" run={run} disabled={busy !== null}>Save</Button>
          <Button id="edit.undo" run={run} disabled={!props.undoLabel} label={props.undoLabel ? `Undo ${props.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}>↶ Undo</Button>
          <Button id="edit.redo" run={run} disabled={!props.redoLabel} label={props.redoLabel ? `Redo ${props.redoLabel} (Ctrl+Y)` : 'Nothing to redo'}>↷ Redo</Button>
        </div>
        {/* Below 1280 px the next two groups fold into "More ▾" (layout.css): the toolbar stays one line. */}
        <div className="tool-group tool-more-anchor menu-anchor" ref={moreAnchor}>
          <button type="button" className="tool tool-more" aria-haspopup="menu" aria-expanded={menu === 'more'} onClick={() => setMenu(menu === 'more' ? null : 'more')} data-testid="toolbar-more">
            More ▾
          </button>
          {menu === 'more' && (
            <div className="menu menu-right" role="menu">
              {OVERFLOW_COMMANDS.map((id) => (
                <button type="button" role="menuitem" key={id} onClick={() => { setMenu(null); run(id); }}>
                  {tooltip(id)}
                </button>
              ))}
            </div>
          )}
        </div>
        <div className="tool-group tool-overflowable">
          <Button id="qa.run" run={run} disabled={busy !== null}>Run checks</Button>
          <Button id="qa.settings" run={run}>QA checks…</Button>
          <Button id="draft.deepl" run={run} label="Draft the untranslated sentences with DeepL (again to cancel)">DeepL draft</Button>
          <Button id="file.export" run={run} disabled={busy !== null}>Export…</Button>
        </div>
        <div className="tool-group tool-overflowable">
          {(['en', 'ru'] as const).map((t) => (
            <button
              key={t}
              type="button"
              className={`tool toggle${props.visible[t] ? ' is-on' : ''}`}
              disabled={!props.available[t]}
              title={tooltip(t === 'en' ? 'view.toggleEn' : 'view.toggleRu')}
              aria-pressed={props.visible[t]}
              onClick={() => run(t === 'en' ? 'view.toggleEn' : 'view.toggleRu')}
            >
              {t.toUpperCase()}
            </button>
          ))}
          <Button id="edit.find" run={run}>Search</Button>
          <Button id="glossary.toggle" run={run}>Glossary</Button>
          <Button id="app.settings" run={run}>Settings…</Button>
          <Button id="view.help" run={run}>Shortcuts</Button>
        </div>
      </nav>
      {busy && (
        <div className="progress" role="progressbar" aria-label={busy} data-testid="progress" {...(props.percent != null ? { 'aria-valuenow': props.percent, 'aria-valuemin': 0, 'aria-valuemax': 100 } : {})}>
          {props.percent != null ? <div className="progress-bar progress-determinate" style={{ width: `${props.percent}%` }} /> : <div className="progress-bar" />}
        </div>
      )}
    </header>
  );
}
