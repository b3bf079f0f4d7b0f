/**
 * cli/io.ts: the file reader every CLI command uses. Real files in a temporary directory;
 * every failure is a CliError (exit code 2) whose message names the file.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError, EXIT_USAGE } from '../cli/errors';
import { readDoc, readTextFile, readTranslation } from '../cli/io';
import { allSentences } from '../core/model';

const dir = mkdtempSync(join(tmpdir(), 'duizhao-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const zh = readFileSync(join(__dirname, '..', 'samples', 'strategic-stability-2025-05-08.zh.txt'), 'utf8');

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function cliError(promise: Promise<unknown>): Promise<CliError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CliError);
  expect((err as CliError).exitCode).toBe(EXIT_USAGE);
  return err as CliError;
}

describe('readTextFile', () => {
  it('reads GB18030 with CRLF as LF text', async () => {
    const path = file('gb.txt', iconv.encode(zh.replace(/\n/g, '\r\n'), 'gb18030'));
    expect(await readTextFile(path)).toBe(zh);
  });

  it('reads UTF-16 LE with BOM', async () => {
    const path = file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(zh, 'utf16le')]));
    expect(await readTextFile(path)).toBe(zh);
  });

  it('reads UTF-16 LE without a BOM through the one reader (NUL bytes are not taken for binary data)', async () => {
    const path = file('nobom.txt', iconv.encode('双方强调维护全球战略稳定。\n双方同意加强协调。\n', 'utf16le'));
    expect(allSentences(await readDoc(path, 'zh')).map((s) => s.text)).toEqual(['双方强调维护全球战略稳定。', '双方同意加强协调。']);
  });

  it('names a missing file', async () => {
    const path = join(dir, 'missing.txt');
    expect((await cliError(readTextFile(path))).message).toBe(`${path}: no such file`);
  });

  it('names a directory', async () => {
    expect((await cliError(readTextFile(dir))).message).toBe(`${dir}: is a directory`);
  });

  it('refuses a 200 MB file by its size, before reading it', async () => {
    const path = file('huge.txt', '');
    truncateSync(path, 200 * 1024 * 1024); // sparse: no 200 MB written to disk
    expect((await cliError(readDoc(path, 'zh'))).message).toBe(`${path}: file is 200.0 MB; Duizhao imports files up to 64 MB`);
  });

  it('names an empty file', async () => {
    const path = file('empty.txt', '');
    expect((await cliError(readTextFile(path))).message).toBe(`${path}: file is empty (0 bytes)`);
  });

  it('names a binary file and the byte offset', async () => {
    const path = file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect((await cliError(readTextFile(path))).message).toBe(`${path}: binary data at byte 8, not text`);
    // Every reader says it the same way (import, New Project, uploads, the CLI).
    expect((await cliError(readDoc(path, 'zh'))).message).toBe(`${path}: binary data at byte 8, not text`);
  });

  it('names invalid UTF-8 and the byte offset', async () => {
    const good = iconv.encode(zh.slice(0, 100), 'utf8');
    const path = file('cut.txt', good.subarray(0, good.length - 1));
    const message = (await cliError(readTextFile(path))).message;
    expect(message).toContain(`${path}: invalid UTF-8`);
    expect(message).toContain(`at byte ${good.length - 3}`);
  });
});

describe('readDoc', () => {
  it('imports running text, cleaned and segmented', async () => {
    const doc = await readDoc(file('stability.zh.txt', zh), 'zh');
    expect(doc.paragraphs.filter((p) => p.excluded === 'trailing-junk')).toHaveLength(85);
  });

  it('imports pre-segmented text line by line', async () => {
    const doc = await readDoc(file('gold.txt', 'Mr. Wang arrived. He spoke.\nSecond line.\n\nThird.\n'), 'en', { presegmented: true });
    expect(allSentences(doc).map((s) => s.text)).toEqual(['Mr. Wang arrived. He spoke.', 'Second line.', 'Third.']);
    expect(doc.paragraphs).toHaveLength(2);
  });

  it('reads by extension through the one reader table (core/formats/import-file.ts), the same text in each format', async () => {
    const sentences = (doc: Awaited<ReturnType<typeof readDoc>>) => allSentences(doc).map((s) => s.text);
    const text = await readDoc(file('p.txt', 'First sentence here. Second one.\n'), 'en');
    const html = await readDoc(file('p.HTML', '<html><body><p>First sentence here. Second one.</p></body></html>'), 'en');
    const md = await readDoc(file('p.md', '# First sentence here. Second one.\n'), 'en');
    expect(sentences(text)).toEqual(['First sentence here.', 'Second one.']);
    expect(sentences(html)).toEqual(sentences(text));
    expect(sentences(md)).toEqual(sentences(text));
    expect((await cliError(readDoc(file('old.doc', 'x'), 'zh'))).message).toBe(`${join(dir, 'old.doc')}: old binary Word .doc is not supported: save it as .docx`);
  });

  it('a translation is read in the language of its letters, and a Chinese one is refused', async () => {
    expect((await readTranslation(file('t.ru.txt', 'Стороны подписали заявление. Оно вступает в силу.\n'), undefined)).lang).toBe('ru');
    expect((await readTranslation(file('t.en.txt', 'The sides signed the statement.\n'), undefined)).lang).toBe('en');
    expect((await cliError(readTranslation(file('t.zh.txt', '双方签署了声明。\n'), undefined))).message).toMatch(/cannot tell whether this is English or Russian \(it is mostly Chinese\)/);
  });
});
