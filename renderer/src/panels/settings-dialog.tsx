import type React from 'react';
import { useEffect, useState } from 'react';
import type { Response } from '../../../core/contract';
import { api } from '../api';
import { Dialog } from './dialog';
import './glossary/glossary-panel.css';
import { formatCount } from '../util/counted';
import type { ScreenReaderSetting } from '../editor/screen-reader';
import { readScreenReaderSetting, setScreenReaderSetting, systemScreenReader } from '../editor/screen-reader';

type Status = Response<'deepl:status'>;

/** Plain words for what a usage check found. */
export function describeKeyStatus(s: Status): string {
  if (!s.configured) return 'No DeepL key yet. Paste your DeepL API key (from your DeepL account, "API keys") and press Save key.';
  const plan = s.plan === 'free' ? 'Free key (ends in ":fx")' : 'Pro key';
  const where = s.host ? `, contacted ${s.host}` : '';
  const from = s.source === 'environment' ? ' from the DEEPL_AUTH_KEY environment variable' : ', stored on this computer';
  if (s.problem) return `${plan}${from}${where}: ${s.problem.message}`;
  if (s.usage) return `${plan}${from}${where}: ${formatCount(s.usage.count)} of ${formatCount(s.usage.limit)} characters used this period.`;
  return `${plan}${from}. Press Test key to ask DeepL for the usage.`;
}

/**
 * Settings: the DeepL key, masked (Save key asks DeepL before storing; Test key shows usage; the key
 * is never shown), and screen reader support, which applies as it is chosen.
 */
export function SettingsDialog({ close }: { close(): void }): React.JSX.Element {
  const [key, setKey] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [screenReader, setScreenReader] = useState<ScreenReaderSetting>(() => readScreenReaderSetting(globalThis.localStorage));

  useEffect(() => {
    void api()['deepl:status']({}).then((s) => { setStatus(s); setMessage(describeKeyStatus(s)); }, (e: Error) => setMessage(e.message));
  }, []);

  async function run(job: () => Promise<void>): Promise<void> {
    setBusy(true);
    try {
      await job();
    } catch (e) {
      setMessage(`Not saved: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }
  const test = () => run(async () => { const s = await api()['deepl:status']({ checkUsage: true }); setStatus(s); setMessage(describeKeyStatus(s)); });
  const save = () => run(async () => {
    await api()['deepl:setKey']({ key: key.trim() });
    setKey('');
    const s = await api()['deepl:status']({ checkUsage: true });
    setStatus(s);
    setMessage(`Key saved. ${describeKeyStatus(s)}`);
  });

  return (
    <Dialog className="settings-dialog" label="Settings" dismiss={close} onSubmit={(e) => { e.preventDefault(); if (key.trim()) void save(); }}>
      <h2>Settings</h2>
      <label>
        DeepL API key
        <input type="password" name="deepl-key" autoComplete="off" value={key} placeholder={status?.configured ? '•••••••• (a key is set; type a new one to replace it)' : 'paste your key'} onChange={(e) => setKey(e.target.value)} />
      </label>
      {/* The key's own buttons, beside it: at the foot of the dialog, under the screen-reader choice,
          "Save" read as saving every setting (and was greyed out while that choice applied at once). */}
      <div className="settings-actions">
        <button type="submit" className="tool primary" disabled={busy || !key.trim() || status?.canStore === false}>Save key</button>
        <button type="button" className="tool" disabled={busy || !status?.configured} onClick={() => void test()}>Test key</button>
      </div>
      <p className="hint" role="status" data-testid="deepl-key-status">{message}</p>
      <label>
        Screen reader support
        <select
          name="screen-reader"
          value={screenReader}
          onChange={(e) => {
            const next = e.target.value as ScreenReaderSetting;
            setScreenReader(next);
            setScreenReaderSetting(next);
          }}
        >
          <option value="auto">Auto: when the system reports a screen reader ({systemScreenReader() ? 'it does now' : 'none now'})</option>
          <option value="on">On: the sentence editor reads its sentence</option>
          <option value="off">Off</option>
        </select>
      </label>
      <div className="settings-actions settings-close">
        <button type="button" className="tool" onClick={close}>Close</button>
      </div>
    </Dialog>
  );
}
