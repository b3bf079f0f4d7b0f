import type React from 'react';
import { useState } from 'react';
import type { Response } from '../../../../core/contract';
import { api } from '../../api';
import { readBase64 } from '../new-project';
import { downloadText } from '../../util/download';

type Preview = Response<'glossary:importPreview'>;
type Choice = 'keep' | 'theirs';

/**
 * Import a TBX/CSV/TSV into the team folder: pick a file, see what is new, what it extends and
 * what conflicts (same Chinese term, another preferred rendering), choose per conflict, import.
 */
export function GlossaryImport({ done, toastError }: { done(message: string): void; toastError(m: string): void }): React.JSX.Element {
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const key = (zh: string, lang: string): string => `${zh}\u0000${lang}`;

  async function pick(f: File | undefined): Promise<void> {
    if (!f) return;
    try {
      const picked = { fileName: f.name, base64: await readBase64(f) };
      setFile(picked);
      setChoices({});
      setPreview(await api()['glossary:importPreview']({ file: picked }));
    } catch (err) {
      toastError(`Not imported: ${(err as Error).message}`);
    }
  }

  async function run(): Promise<void> {
    if (!file || !preview) return;
    try {
      const resolutions = preview.conflicts.map((c) => ({ zh: c.zh, lang: c.lang, choice: choices[key(c.zh, c.lang)]! }));
      const r = await api()['glossary:import']({ file, resolutions });
      done(`Imported ${r.concepts} concept(s)${r.written ? ` into ${r.written}` : ''}${r.replaced ? `, ${r.replaced} rendering(s) replaced` : ''}`);
    } catch (err) {
      toastError(`Not imported: ${(err as Error).message}`);
    }
  }

  async function exportAs(format: 'tbx' | 'csv'): Promise<void> {
    try {
      const r = await api()['glossary:export']({ format });
      downloadText(r.text, r.fileName, format === 'tbx' ? 'application/x-tbx+xml' : 'text/csv');
    } catch (err) {
      toastError(`Not exported: ${(err as Error).message}`);
    }
  }

  const unresolved = preview?.conflicts.some((c) => !choices[key(c.zh, c.lang)]) ?? true;
  return (
    <section className="g-form" aria-label="Import glossary">
      <h3>Import TBX / CSV / TSV · export</h3>
      <div className="g-actions">
        Export the glossary in force:
        <button type="button" className="tool" onClick={() => void exportAs('tbx')}>TBX v3</button>
        <button type="button" className="tool" onClick={() => void exportAs('csv')}>CSV</button>
      </div>
      <input type="file" accept=".tbx,.csv,.tsv" aria-label="Glossary file to import" onChange={(e) => void pick(e.target.files?.[0])} />
      {preview && (
        <>
          <p data-testid="import-summary">{preview.added.length} new · {preview.changed.length} extended · {preview.conflicts.length} conflict(s) · {preview.unchanged} unchanged</p>
          {preview.conflicts.map((c) => (
            <div key={key(c.zh, c.lang)} className="g-conflict" data-testid="import-conflict">
              <p><strong>{c.zh}</strong> ({c.lang}): “{c.current}” in {c.currentFile}, “{c.incoming}” in the import</p>
              <label><input type="radio" name={key(c.zh, c.lang)} checked={choices[key(c.zh, c.lang)] === 'keep'} onChange={() => setChoices({ ...choices, [key(c.zh, c.lang)]: 'keep' })} /> keep “{c.current}”</label>
              <label><input type="radio" name={key(c.zh, c.lang)} checked={choices[key(c.zh, c.lang)] === 'theirs'} onChange={() => setChoices({ ...choices, [key(c.zh, c.lang)]: 'theirs' })} /> use “{c.incoming}”</label>
            </div>
          ))}
          <div className="g-actions">
            <button type="button" className="tool primary" disabled={unresolved} onClick={() => void run()}>Import</button>
          </div>
        </>
      )}
    </section>
  );
}
