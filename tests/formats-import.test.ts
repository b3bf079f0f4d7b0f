import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { importFile, extractDocxParagraphs, extractHtmlParagraphs, extractMarkdownParagraphs, detectLangByScript } from '../core/formats';
import type { Doc } from '../core/model/types';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, 'fixtures', 'formats', name)));
const sampleLines = readFileSync(join(__dirname, '..', 'samples', 'strategic-stability-2025-05-08.zh.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const docText = (doc: Doc): string => doc.paragraphs.map((p) => p.sentences.map((s) => s.text).join('')).join('\n');

async function importDoc(name: string, bytes: Uint8Array): Promise<Doc> {
  const r = await importFile(name, bytes);
  if (r.kind !== 'doc') throw new Error('expected a doc');
  return r.doc;
}

describe('DOCX import (a file written by LibreOffice from samples/strategic-stability)', () => {
  it('reads headings, list items, table cells and line breaks as paragraphs, in order, images ignored', async () => {
    const paras = await extractDocxParagraphs(fixture('statement-libreoffice.docx'), 'statement.docx');
    expect(paras).toEqual([
      sampleLines[0],
      sampleLines[2],
      '一、全球战略稳定',
      sampleLines[3],
      sampleLines[4],
      sampleLines[5],
      '第二栏：核武器国家',
      `${sampleLines[6]!.slice(0, 40)}\n${sampleLines[6]!.slice(40)}`,
    ]);
    expect(paras.join('')).not.toContain('图片说明');
  });

  it('becomes a segmented zh Doc through the text engine, language detected from the script', async () => {
    const doc = await importDoc('statement.docx', fixture('statement-libreoffice.docx'));
    expect(doc.lang).toBe('zh');
    expect(doc.paragraphs.length).toBeGreaterThanOrEqual(7);
    // No text lost: every sentence of the long paragraph is there, split at 。
    expect(docText(doc)).toContain(sampleLines[3]);
    expect(doc.paragraphs.flatMap((p) => p.sentences).length).toBeGreaterThan(10);
  });
});

describe('HTML import', () => {
  it('keeps visible text by block, skips script/style/nav/noscript, decodes entities, no space invented between Han characters', () => {
    const paras = extractHtmlParagraphs(new TextDecoder().decode(fixture('statement.html')));
    expect(paras[0]).toBe(sampleLines[0]);
    expect(paras[1]).toBe(sampleLines[2]); // split over two source lines in the HTML
    expect(paras[2]).toBe('双方重申“不可分割”原则&立场\u00a0不变。');
    expect(paras).toContain('一、战略稳定');
    expect(paras).toContain(sampleLines[3]);
    expect(paras).toContain(`${sampleLines[5]!.slice(0, 20)}\n${sampleLines[5]!.slice(20)}`);
    const all = paras.join('\n');
    for (const hidden of ['不应导入', 'tracking', '首页', '请启用脚本', 'SimSun']) expect(all).not.toContain(hidden);
  });

  it('reads a GB18030 page by its meta charset', async () => {
    const html = new TextDecoder().decode(fixture('statement.html')).replace('charset="utf-8"', 'charset="gb2312"');
    const doc = await importDoc('gbk.html', new Uint8Array(iconv.encode(html, 'gb18030')));
    expect(doc.lang).toBe('zh');
    expect(docText(doc)).toContain(sampleLines[3]);
  });

  it('reads a GB18030 page without a charset through the encoding detector', async () => {
    const html = `<html><body><p>${sampleLines[3]}</p><p>${sampleLines[4]}</p></body></html>`;
    const doc = await importDoc('nometa.htm', new Uint8Array(iconv.encode(html, 'gb18030')));
    expect(docText(doc)).toContain(sampleLines[4]);
  });
});

describe('Markdown import', () => {
  it('strips syntax to paragraphs: headings, list items, quotes, link text, table cells; drops code and images', () => {
    const paras = extractMarkdownParagraphs(new TextDecoder().decode(fixture('statement.md')));
    expect(paras).toEqual([
      sampleLines[0],
      `${sampleLines[2]!.slice(0, 30)}\n${sampleLines[2]!.slice(30)}`,
      '一、战略稳定',
      sampleLines[3],
      sampleLines[4],
      sampleLines[5],
      '见联合国宪章第二条。',
      '中文',
      '说明',
      '核武器国家',
      '表格单元',
    ]);
  });
});

describe('plain and pre-segmented text', () => {
  it('UTF-16 LE with BOM and CRLF', async () => {
    const text = `${sampleLines[3]}\r\n\r\n${sampleLines[4]}\r\n`;
    const doc = await importDoc('a.txt', new Uint8Array(iconv.encode(text, 'utf16le', { addBOM: true })));
    expect(doc.paragraphs).toHaveLength(2);
    expect(docText(doc)).toBe(`${sampleLines[3]}\n${sampleLines[4]}`);
  });

  it('pre-segmented: one sentence per line, taken as is', async () => {
    const r = await importFile('gold.txt', new TextEncoder().encode('First line. Still one.\nSecond\n\nThird'), 'en', { presegmented: true });
    if (r.kind !== 'doc') throw new Error('doc expected');
    expect(r.doc.paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual([['First line. Still one.', 'Second'], ['Third']]);
  });

  it('detects the language by script', () => {
    expect(detectLangByScript('中华人民共和国和俄罗斯联邦(以下称“双方”) NATO')).toBe('zh');
    expect(detectLangByScript('Стороны заявляют следующее: NATO')).toBe('ru');
    expect(detectLangByScript('The Parties state as follows:')).toBe('en');
    expect(detectLangByScript('2025 — 10')).toBeUndefined();
    // A Han character weighs three letters, counted per character (𠮷 is two UTF-16 units, one character).
    expect(detectLangByScript('abc 中')).toBe('zh');
    expect(detectLangByScript('abcd 中')).toBe('en');
    expect(detectLangByScript('abcdefg 𠮷𠮷')).toBe('en');
    expect(detectLangByScript('abcdef 𠮷𠮷')).toBe('zh');
  });
});

describe('cli/io readDoc dispatches DOCX, HTML and Markdown to core/formats', () => {
  it('reads each fixture as a zh Doc and turns a bad DOCX into a one-line CliError', async () => {
    const { readDoc } = await import('../cli/io');
    const { CliError } = await import('../cli/errors');
    for (const name of ['statement-libreoffice.docx', 'statement.html', 'statement.md']) {
      const doc = await readDoc(join(__dirname, 'fixtures', 'formats', name), 'zh');
      expect(docText(doc), name).toContain(sampleLines[3]);
    }
    const bad = join(tmpdir(), `bad-${process.pid}.docx`);
    writeFileSync(bad, 'not a zip');
    await expect(readDoc(bad, 'zh')).rejects.toThrow(CliError);
    await expect(readDoc(bad, 'zh')).rejects.toThrow(/bad-\d+\.docx: not a readable DOCX/);
  });
});

describe('HTML with a wrong charset declaration', () => {
  it('GBK bytes under <meta charset="utf-8"> are read by the detector instead of refused', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><p>${sampleLines[3]}</p><p>${sampleLines[4]}</p></body></html>`;
    const doc = await importDoc('mislabelled.html', new Uint8Array(iconv.encode(html, 'gb18030')));
    expect(docText(doc)).toContain(sampleLines[3]);
  });
});

describe('DOCX structures Word writes', () => {
  it('accepts tracked insertions, drops deletions, field codes, tab-stop definitions and text boxes; keeps hyperlink text', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(fixture('statement-libreoffice.docx'));
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="x" xmlns:mc="y"';
    zip.file(
      'word/document.xml',
      `<w:document ${W}><w:body>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>双方</w:t></w:r><w:ins w:id="1"><w:r><w:t>一致</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>不</w:delText></w:r></w:del><w:r><w:t xml:space="preserve">同意 </w:t></w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://un.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:hyperlink><w:r><w:t>联合国宪章</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/><w:t>第二条</w:t></w:r></w:p>
<w:p><w:r><w:drawing><wp:inline><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r><w:r><w:t>正文</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>
</w:body></w:document>`,
    );
    const paras = await extractDocxParagraphs(await zip.generateAsync({ type: 'uint8array' }), 'word.docx');
    expect(paras).toEqual(['双方一致同意', '联合国宪章\t第二条', '正文']);
  });
});
