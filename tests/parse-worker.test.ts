/**
 * The parse worker (issue 12, point 3): heavy parsing runs on a worker thread, with a time bound
 * (terminated, reported naming the file) and a heap cap; errors come back as the classes callers
 * expect. Inputs are generated here: a Markdown list that micromark needs tens of seconds for
 * (within the 2 MB / 32-level limits), a small DOCX, a TMX.
 */
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { FormatError } from '../core/formats/format-error';
import { documentText } from '../core/formats/import-file';
import { importText } from '../core/text';
import { createParseWorker } from '../services/parse-worker/pool';
import { pathologicalList } from './helpers/pathological-markdown';

const worker = createParseWorker({ timeoutMs: 60_000 });
afterAll(() => worker.close());

describe('parse worker', () => {
  it('gives what the same readers give on this thread (DOCX, Markdown, segmentation, TMX)', async () => {
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: ['第一段。', '第二段。'].map((text) => new Paragraph({ text })) }] })));
    expect(await worker.run({ kind: 'documentText', fileName: 'a.docx', bytes: docx })).toBe(await documentText('a.docx', docx));
    const md = '# Title\n\n- one\n- two\n\n> quoted *text*\n';
    expect(await worker.run({ kind: 'documentText', fileName: 'a.md', bytes: new TextEncoder().encode(md) })).toBe('Title\n\none\n\ntwo\n\nquoted text');
    const zh = '双方强调，维护全球战略稳定极其重要。双方将继续加强协调。\n\n第二段。';
    expect(await worker.run({ kind: 'importText', label: 'the Chinese text', raw: zh, lang: 'zh' })).toEqual(importText(zh, 'zh'));
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="zh-CN" segtype="sentence" datatype="plaintext" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
<tu><tuv xml:lang="zh-CN"><seg>双方同意。</seg></tuv><tuv xml:lang="en-GB"><seg>The sides agreed.</seg></tuv></tu></body></tmx>`;
    const imported = await worker.run({ kind: 'importAligned', fileName: 'pair.tmx', bytes: new TextEncoder().encode(tmx) });
    expect(imported.kind).toBe('project');
    if (imported.kind === 'project') expect(imported.project.targets.en?.paragraphs[0]?.sentences[0]?.text).toBe('The sides agreed.');
  });

  it('a reader refusal comes back as a FormatError with the same message, line and file', async () => {
    const deep = `${'> '.repeat(40)}deep\n`;
    const err = await worker.run({ kind: 'documentText', fileName: 'deep.md', bytes: new TextEncoder().encode(deep) }).catch((e: unknown) => e);
    const direct = await documentText('deep.md', new TextEncoder().encode(deep)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as FormatError).message).toBe((direct as FormatError).message);
    expect((err as FormatError).fileName).toBe('deep.md');
    expect((err as FormatError).line).toBe(1);
    await expect(worker.run({ kind: 'documentText', fileName: 'empty.md', bytes: new Uint8Array() })).rejects.toThrow(/^empty\.md: file is empty/);
  });

  it('a parse over the time bound is stopped and reported naming the file; the next task gets a fresh worker', async () => {
    const quick = createParseWorker({ timeoutMs: 2000 });
    try {
      // 1 MB of a two-level list: tens of seconds of micromark, far past 2 s.
      const slow = quick.run({ kind: 'documentText', fileName: 'lists.md', bytes: new TextEncoder().encode(pathologicalList(1_900_000)) });
      const queued = quick.run({ kind: 'documentText', fileName: 'next.md', bytes: new TextEncoder().encode('Next.\n') });
      const err = await slow.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FormatError);
      expect((err as Error).message).toBe('lists.md: reading took longer than 2 s and was stopped (the file is too complex; split or simplify it)');
      expect(await queued).toBe('Next.');
    } finally {
      await quick.close();
    }
  });

  it('a parse over the heap cap fails alone with a clear error; the process and the next task are fine', async () => {
    const small = createParseWorker({ maxHeapMb: 64 });
    try {
      // 10 M characters of segmentation need far more than a 64 MB heap.
      const raw = '双方同意。'.repeat(2_000_000);
      const err = await small.run({ kind: 'importText', label: 'the Chinese text', raw, lang: 'zh' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(/^the Chinese text: reading stopped: it needed more than 64 MB of memory$/);
      expect(await small.run({ kind: 'documentText', fileName: 'ok.md', bytes: new TextEncoder().encode('Fine.\n') })).toBe('Fine.');
    } finally {
      await small.close();
    }
  });

  it('close() fails what is pending, naming each file', async () => {
    const w = createParseWorker();
    const running = w.run({ kind: 'documentText', fileName: 'lists.md', bytes: new TextEncoder().encode(pathologicalList(512 * 1024)) });
    const waiting = w.run({ kind: 'documentText', fileName: 'later.md', bytes: new TextEncoder().encode('x\n') });
    await w.close();
    await expect(running).rejects.toThrow('lists.md: the parse worker was closed');
    await expect(waiting).rejects.toThrow('later.md: the parse worker was closed');
  });
});
