import { useMemo, useRef, useState } from 'react';
import type React from 'react';
import type { Lang } from '../../../core/model';
import { api } from '../api';
import { Dialog } from './dialog';
import { applyFix, fixLabel, slotProblem } from './new-project-langs';
import type { SlotTexts } from './new-project-langs';

/** What `project:new` needs: a name, the Chinese source and at least one draft. */
export interface NewProjectInput {
  name: string;
  source: { text: string; fileName?: string };
  targets: { en?: { text: string; fileName?: string }; ru?: { text: string; fileName?: string } };
}

const FIELDS: Array<{ lang: Lang; label: string; placeholder: string }> = [
  { lang: 'zh', label: 'Chinese source', placeholder: '粘贴中文原文，或选择文件…' },
  { lang: 'en', label: 'English draft (optional)', placeholder: 'Paste the English draft, or choose a file…' },
  { lang: 'ru', label: 'Russian draft (optional)', placeholder: 'Вставьте русский текст или выберите файл…' },
];

/** What the web upload accepts: the formats main's readers take as a source or draft. */
const UPLOAD_ACCEPT = '.txt,.text,.md,.markdown,.docx,.html,.htm';

/** A File's bytes as base64 (FileReader encodes natively; no string of bytes built by hand). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the browser could not read the file'));
    reader.readAsDataURL(file);
  });
}

/**
 * New project from pasted text or files. A file is read by main either way, with the same readers
 * (text in UTF-8/16 or GB18030, DOCX, HTML, Markdown): in the desktop app main picks it, in a
 * browser the page uploads its bytes with `file:readText`. A file main cannot read is named in
 * the dialog with the reason. A source that does not look Chinese or a draft in the wrong slot is
 * named as soon as it is chosen or pasted (core checkSlots), with a one-click Swap or Move when one
 * makes it right; Create refuses it until fixed or "Create anyway".
 */
export function NewProjectDialog({ webMode, create, close, initial }: { webMode: boolean; create(input: NewProjectInput): void; close(): void; initial?: NewProjectInput | null }): React.JSX.Element {
  // After "Wrong file? — Choose another" the dialog comes back with what was entered.
  const [name, setName] = useState(initial?.name ?? '');
  const [texts, setTexts] = useState<SlotTexts>({ zh: initial?.source ?? { text: '' }, en: initial?.targets.en ?? { text: '' }, ru: initial?.targets.ru ?? { text: '' } });
  const [error, setError] = useState<string | null>(null);
  // Create was pressed: a source without letters is a problem now, not a text still being typed.
  const [tried, setTried] = useState(false);
  const langProblem = useMemo(() => slotProblem(texts, tried), [texts, tried]);
  const problemLine = useRef<HTMLParagraphElement>(null);
  const set = (lang: Lang, value: { text: string; fileName?: string }) => setTexts((t) => ({ ...t, [lang]: value }));

  const pick = async (lang: Lang, input?: HTMLInputElement) => {
    const file = input?.files?.[0];
    if (input && !file) return;
    try {
      const picked = file ? await api()['file:readText']({ lang, file: { fileName: file.name, base64: await readBase64(file) } }) : await api()['file:pickText']({ lang });
      if (picked) {
        set(lang, { text: picked.text, fileName: picked.fileName });
        setError(null);
      }
    } catch (err) {
      const message = (err as Error).message;
      // Main's readers name the file; say which one where a message does not.
      setError(file && !message.includes(file.name) ? `${file.name}: ${message}` : message);
      // Choosing the same file again (after fixing it) must fire another change.
      if (input) input.value = '';
    }
  };

  const submit = (e: React.FormEvent, forceLangs = false) => {
    e.preventDefault();
    setTried(true);
    // Stopped by a language problem (shown as it arose): the keyboard goes to its buttons.
    const problem = forceLangs ? null : slotProblem(texts, true);
    if (problem) {
      setError(null);
      requestAnimationFrame(() => problemLine.current?.querySelector('button')?.focus());
      return;
    }
    if (!texts.zh.text.trim()) return setError('The Chinese source is empty.');
    if (!texts.en.text.trim() && !texts.ru.text.trim()) return setError('Add an English or a Russian draft (or both).');
    const targets: NewProjectInput['targets'] = {};
    if (texts.en.text.trim()) targets.en = texts.en;
    if (texts.ru.text.trim()) targets.ru = texts.ru;
    create({ name: name.trim() || texts.zh.fileName?.replace(/\.[^.]+$/, '') || 'Untitled', source: texts.zh, targets });
  };

  return (
    <Dialog className="new-project" label="New project" dismiss={close} onSubmit={submit}>
      <h2>New project</h2>
      <label className="field">
        Name
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Joint statement, 8 May 2025" data-testid="new-name" />
      </label>
      {FIELDS.map(({ lang, label, placeholder }) => (
        <div className="field" key={lang}>
          <div className="field-head">
            <span>{label}</span>
            {texts[lang].fileName && <span className="file-name">{texts[lang].fileName}</span>}
            {webMode ? (
              // A button-like label over a hidden input: the name shows once, in our .file-name, as on the desktop.
              <label className="tool file-pick">
                Choose file…
                <input type="file" accept={UPLOAD_ACCEPT} onChange={(e) => void pick(lang, e.currentTarget)} aria-label={`${label} file`} data-testid={`new-${lang}-file`} />
              </label>
            ) : (
              <button type="button" className="tool" onClick={() => void pick(lang)}>Choose file…</button>
            )}
          </div>
          <textarea
            lang={lang === 'zh' ? 'zh-CN' : lang}
            rows={lang === 'zh' ? 6 : 4}
            value={texts[lang].text}
            placeholder={placeholder}
            onChange={(e) => set(lang, { text: e.target.value })}
            data-testid={`new-${lang}`}
          />
        </div>
      ))}
      {/* The problems and the buttons stay in sight while the fields scroll (a 700 px tall window). */}
      <div className="new-project-foot">
        {error && <p className="form-error" role="alert">{error}</p>}
        {langProblem && (
          <p className="form-error" role="alert" data-testid="lang-problem" ref={problemLine}>
            {langProblem.message}.{' '}
            {langProblem.fix && (
              <button type="button" className="tool small" onClick={() => setTexts((t) => applyFix(t, langProblem.fix!))}>{fixLabel(langProblem.fix)}</button>
            )}{' '}
            <button type="button" className="tool small" onClick={(e) => submit(e, true)}>Create anyway</button>
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="tool" onClick={close}>Cancel</button>
          <button type="submit" className="tool tool-primary">Create and align</button>
        </div>
      </div>
    </Dialog>
  );
}
