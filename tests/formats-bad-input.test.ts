import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { FormatError, importFile, exportProject } from '../core/formats';
import { sampleProject } from './fixtures/formats/sample-project';
import { firstInvalidUtf8 } from '../core/text/decode';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const docx = new Uint8Array(readFileSync(join(__dirname, 'fixtures', 'formats', 'statement-libreoffice.docx')));

/** Import must fail with a FormatError naming the file (and where). How fast: `npm run bench -- limits`. */
async function rejects(name: string, bytes: Uint8Array, pattern: RegExp): Promise<FormatError> {
  let caught: unknown;
  try {
    await importFile(name, bytes);
  } catch (err) {
    caught = err;
  }
  expect(caught, `${name} should be refused`).toBeInstanceOf(FormatError);
  const e = caught as FormatError;
  expect(e.message.startsWith(name)).toBe(true);
  expect(e.message).toMatch(pattern);
  return e;
}

const TMX_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN"/>\n<body>\n';

describe('XML readers refuse what is dangerous or broken', () => {
  it('external entities (XXE) are refused before anything is read', async () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<tmx version="1.4"><body><tu><tuv xml:lang="zh"><seg>&secret;</seg></tuv></tu></body></tmx>`;
    await rejects('xxe.tmx', enc(xxe), /entity declarations are not allowed/);
  });

  it('a billion-laughs entity bomb is refused fast', async () => {
    let dtd = '<!ENTITY lol0 "lol">';
    for (let i = 1; i < 10; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE xliff [${dtd}]>\n<xliff version="1.2"><file source-language="zh" target-language="en"><body><trans-unit id="1"><source>&lol9;</source></trans-unit></body></file></xliff>`;
    await rejects('bomb.xlf', enc(bomb), /entity declarations are not allowed/);
  });

  it('malformed TMX: the error names the line and column', async () => {
    const e = await rejects('broken.tmx', enc(`${TMX_HEAD}<tu><tuv xml:lang="zh-CN"><seg>双方</tuv></tu>\n</body></tmx>`), /:4:\d+: /);
    expect(e.line).toBe(4);
  });

  it('truncated XLIFF', async () => {
    const full = (await exportProject(sampleProject(), 'xliff12', { target: 'en' })).data as string;
    await rejects('cut.xlf', enc(full.slice(0, Math.floor(full.length / 2))), /cut\.xlf:\d+:\d+: /);
  });

  it('an undefined entity is an error, not silently dropped text', async () => {
    await rejects('ent.tmx', enc(`${TMX_HEAD}<tu><tuv xml:lang="zh-CN"><seg>&nbsp;</seg></tuv></tu></body></tmx>`), /undefined entity|entity/i);
  });

  it('GB18030 bytes in a TMX that declares UTF-8: the byte offset of the first bad byte', async () => {
    const head = enc(TMX_HEAD);
    const bytes = new Uint8Array([...head, ...iconv.encode('<tu><tuv xml:lang="zh-CN"><seg>双方</seg></tuv></tu></body></tmx>', 'gb18030')]);
    const e = await rejects('gbk.tmx', bytes, /not valid UTF-8/);
    // 双 is CB AB in GB18030, which happens to be valid UTF-8 (U+02EB); 方 (B7 BD) is not.
    expect(e.offset).toBe(head.length + '<tu><tuv xml:lang="zh-CN"><seg>'.length + 2);
    expect(e.offset).toBe(firstInvalidUtf8(bytes));
  });

  it('a TMX without Chinese, an XLIFF with the wrong languages or no units, a file that is not TMX at all', async () => {
    await rejects('en-de.tmx', enc(`${TMX_HEAD}<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu></body></tmx>`), /no Chinese/);
    await rejects('de.xlf', enc('<xliff version="1.2"><file source-language="de" target-language="en"><body/></file></xliff>'), /source language is "de"/);
    await rejects('html.tmx', enc('<html><body>hi</body></html>'), /root element is <html>/);
    await rejects('empty.xlf', enc('<xliff version="1.2"><file source-language="zh-CN" target-language="ru"><body/></file></xliff>'), /has no translation units/);
  });
});

describe('DOCX reader', () => {
  it('a truncated DOCX', async () => {
    await rejects('cut.docx', docx.subarray(0, Math.floor(docx.length * 0.6)), /not a readable DOCX|damaged DOCX/);
  });

  it('a ZIP that is not a DOCX, and text renamed .docx', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('content.xml', '<office:document/>');
    await rejects('odt.docx', await zip.generateAsync({ type: 'uint8array' }), /no word\/document\.xml/);
    await rejects('text.docx', enc('双方强调维护全球战略稳定。'), /not a readable DOCX/);
  });

  it("a broken DOCX is named in a short message of ours, not JSZip's (no URL, no ZIP internals)", async () => {
    const plain = (e: FormatError) => {
      expect(e.message).not.toMatch(/https?:|central directory|Corrupted zip|End of data/i);
      expect(e.message.length).toBeLessThan(220);
    };
    plain(await rejects('text.docx', enc('not a zip'), /^text\.docx: not a readable DOCX: the file is not a ZIP archive .*save it as \.docx$/));
    for (const part of [0.1, 0.6, 0.99]) plain(await rejects(`cut-${part}.docx`, docx.subarray(0, Math.floor(docx.length * part)), /not a readable DOCX: the file is damaged or incomplete/));
    // A readable ZIP whose deflated document.xml is garbled: the inflate error, in the same words.
    const JSZip = (await import('jszip')).default;
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p><w:r><w:t>双方强调维护全球战略稳定。</w:t></w:r></w:p>'.repeat(200)}</w:body></w:document>`;
    const zip = new JSZip();
    zip.file('word/document.xml', xml, { compression: 'DEFLATE' });
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const garbled = bytes.slice();
    for (let i = 60; i < 90; i++) garbled[i] = 0xff;
    plain(await rejects('garbled.docx', garbled, /garbled\.docx: (damaged DOCX|not a readable DOCX)/));
  });

  it('a DOCX whose document.xml is malformed names the part and line', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(docx);
    zip.file('word/document.xml', '<w:document xmlns:w="x">\n<w:body><w:p><w:t>双方</w:p></w:body></w:document>');
    const e = await rejects('bad.docx', await zip.generateAsync({ type: 'uint8array' }), /bad\.docx!word\/document\.xml:2:/);
    expect(e.line).toBe(2);
  });

  it('an empty DOCX body gives "no text found"', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(docx);
    zip.file('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p/></w:body></w:document>');
    await rejects('empty.docx', await zip.generateAsync({ type: 'uint8array' }), /no text found/);
  });
});

describe('text-like files', () => {
  it('empty files of every kind', async () => {
    for (const name of ['a.txt', 'a.docx', 'a.html', 'a.md', 'a.tmx', 'a.xlf']) await rejects(name, new Uint8Array(0), /empty/);
  });

  it('binary data named .txt / .html / .tmx', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    for (const name of ['a.txt', 'a.html', 'a.tmx', 'a.md']) await rejects(name, png, /binary/);
    await rejects('statement.txt', docx, /binary ZIP data.*\.docx/);
  });

  it('formats we cannot read say what to do instead', async () => {
    await rejects('old.doc', enc('x'), /save it as \.docx/);
    await rejects('scan.pdf', enc('%PDF-1.7'), /PDF is not supported/);
  });

  it('a 200 MB file is refused by size, at once, without being parsed', async () => {
    const big = new Uint8Array(200 * 1024 * 1024);
    await rejects('huge.txt', big, /200\.0 MB; Duizhao imports files up to 64 MB/);
    await rejects('huge.docx', big, /200\.0 MB/);
  });

  it('HTML tag soup still gives its text (browsers are forgiving, so are we)', async () => {
    const r = await importFile('soup.html', enc('<p>双方强调<b>维护<p>全球战略稳定。<div>第二段</span>'));
    if (r.kind !== 'doc') throw new Error('doc expected');
    expect(r.doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.text))).toEqual(['双方强调维护', '全球战略稳定。', '第二段']);
  });
});
