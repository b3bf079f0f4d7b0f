import type React from 'react';
import { useState } from 'react';
import { api } from '../../api';
import type { Glossary } from '../../state/glossary';

/**
 * The project's team glossary folder: which one is in force, and Change… — a folder dialog in main
 * on the desktop, a choice among the workspace's folders in web mode (the page never types a path).
 */
export function GlossaryFolder({ glossary, setFolder, toastError }: { glossary: Glossary; setFolder(folder: string | null): void; toastError(m: string): void }): React.JSX.Element {
  const [choices, setChoices] = useState<string[] | null>(null);
  const [picked, setPicked] = useState('');
  const team = glossary.teamFolder;
  const change = async (): Promise<void> => {
    try {
      const offer = await api()['glossary:folderChoices']({});
      if (offer.dialog) {
        const { folder } = await api()['glossary:chooseFolder']({ name: null });
        if (folder) setFolder(folder);
        return;
      }
      setChoices(offer.folders);
      setPicked(offer.folders[0] ?? '');
    } catch (e) {
      toastError(`Team folder not changed: ${(e as Error).message}`);
    }
  };
  const use = async (): Promise<void> => {
    const { folder } = await api()['glossary:chooseFolder']({ name: picked });
    setChoices(null);
    if (folder) setFolder(folder);
    else toastError(`Team folder not changed: ${picked} is not a folder of the workspace`);
  };
  return (
    <div className="g-folder" data-testid="glossary-folder">
      <span className="g-folder-name" title="Where this project's shared glossary files are read from and written to">
        Team folder: <strong>{team?.shown ?? 'glossary (built in)'}</strong>
      </span>
      {choices === null ? (
        <>
          <button type="button" className="tool" onClick={() => void change()}>Change…</button>
          {team?.custom && <button type="button" className="tool" onClick={() => setFolder(null)}>Built-in</button>}
        </>
      ) : choices.length === 0 ? (
        <span className="g-folder-note">
          No folders in the workspace yet: create one there (e.g. a synced folder) and try again.
          <button type="button" className="tool" onClick={() => setChoices(null)}>OK</button>
        </span>
      ) : (
        <>
          <select aria-label="Team folder" value={picked} onChange={(e) => setPicked(e.target.value)}>
            {choices.map((f) => <option key={f} value={f}>{f}</option>)}
          </select>
          <button type="button" className="tool primary" onClick={() => void use()}>Use</button>
          <button type="button" className="tool" onClick={() => setChoices(null)}>Cancel</button>
        </>
      )}
      {team?.problem && <p className="g-folder-problem" role="alert">{team.problem}</p>}
    </div>
  );
}
