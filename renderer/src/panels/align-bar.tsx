import { useState } from 'react';
import type React from 'react';
import { tooltip } from '../commands';
import type { CommandId } from '../../../core/commands';
import { realigningWithDeepL } from './deepl-align';
import { useMenuDismiss } from './use-menu-dismiss';

const REALIGN: CommandId[] = ['align.realignSelection', 'align.realign', 'align.realignMt'];

const ACTIONS: Array<[CommandId, string]> = [
  ['align.merge', 'Merge ↓'],
  ['align.split', 'Split at cursor'],
  ['align.movePrev', 'Move ↑'],
  ['align.moveNext', 'Move ↓'],
  ['align.insertPartner', '+ Empty partner'],
  ['align.confirm', '✓ Confirm'],
];

/** The alignment toolbar under the header: bead operations on the active target's alignment. */
export function AlignBar({ run, target, selection, busy, busyLabel, cancel }: { run(id: CommandId): void; target: string | undefined; selection: string | null; busy: boolean; busyLabel?: string | null; cancel?: (() => void) | null }): React.JSX.Element {
  const mtRunning = realigningWithDeepL();
  const [menu, setMenu] = useState(false);
  const anchor = useMenuDismiss<HTMLSpanElement>(menu, () => setMenu(false));
  return (
    <div className="align-bar" role="toolbar" aria-label="Alignment">
      <span className="align-label">{target ? `Alignment zh→${target}` : 'Not aligned'}</span>
      {ACTIONS.map(([id, label]) => (
        <button key={id} type="button" className={`tool${id === 'align.confirm' ? ' tool-confirm' : ''}`} title={tooltip(id)} aria-label={tooltip(id)} onClick={() => run(id)} data-command={id} disabled={!target}>
          {label}
        </button>
      ))}
      <span className="align-sep" />
      {/* Below 1280 px the three re-align buttons fold into this menu (layout.css). */}
      <span className="menu-anchor align-narrow" ref={anchor}>
        <button type="button" className="tool" aria-haspopup="menu" aria-expanded={menu} onClick={() => setMenu(!menu)} disabled={!target} data-testid="realign-menu">
          Re-align ▾
        </button>
        {menu && (
          <div className="menu" role="menu">
            {REALIGN.map((id) => (
              <button type="button" role="menuitem" key={id} disabled={busy && !(id === 'align.realignMt' && mtRunning)} onClick={() => { setMenu(false); run(id); }}>
                {id === 'align.realignMt' && mtRunning ? 'Cancel DeepL MT re-align' : tooltip(id)}
              </button>
            ))}
          </div>
        )}
      </span>
      <button type="button" className="tool align-wide" title={tooltip('align.realignSelection')} onClick={() => run('align.realignSelection')} disabled={!target || busy} data-command="align.realignSelection">
        Re-align selection
      </button>
      <button type="button" className="tool align-wide" title={tooltip('align.realign')} onClick={() => run('align.realign')} disabled={!target || busy} data-command="align.realign">
        Re-align document
      </button>
      {/* Enabled while it runs: clicking it again cancels, like "DeepL draft". */}
      <button type="button" className="tool align-wide" title={mtRunning ? 'Cancel the re-alignment with DeepL MT' : tooltip('align.realignMt')} onClick={() => run('align.realignMt')} disabled={!target || (busy && !mtRunning)} data-command="align.realignMt">
        {mtRunning ? 'Cancel DeepL MT re-align' : 'Re-align with DeepL MT'}
      </button>
      {selection && <span className="align-selection">{selection}</span>}
      {/* What runs takes the legend's place (it was drawn over it). */}
      {busyLabel ? (
        <span className="align-busy" data-testid="busy-label" title={busyLabel}>
          <span className="align-busy-text">{busyLabel}</span>
          {cancel && <button type="button" className="tool small" onClick={cancel} data-testid="busy-cancel">Cancel</button>}
        </span>
      ) : (
      <span className="align-legend" aria-hidden="true">
        <span className="status-dot status-empty" /> empty
        <span className="status-dot status-mt" /> MT
        <span className="status-dot status-draft" /> draft
        <span className="status-dot status-edited" /> edited
        <span className="status-dot status-confirmed" /> confirmed
        <span className="legend-low" /> low confidence
      </span>
      )}
    </div>
  );
}
