import { AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import type { Lang, Project, TargetLang } from '../model/types';
import { ADDED_LABEL, COLUMN_TITLE, isUntranslated, statusLines, tableRows } from './table-rows';
import { stripNonXmlChars } from './xml-escape';
import type { ExportOptions } from './export-options';
import { langTag } from './lang-tags';

/**
 * Fonts per script. Word picks the eastAsia font for Han characters and ascii/hAnsi for Latin and
 * Cyrillic; SimSun and Times New Roman ship with Windows, and LibreOffice substitutes Noto CJK /
 * Liberation Serif by the language tag, so both scripts render on every platform we checked.
 */
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' };
/**
 * Chinese cells also carry hint="eastAsia": characters shared by both scripts (“ ” ‘ ’ — …) then
 * use the Chinese font and full width, as a Chinese reader expects.
 */
const ZH_FONT = { ...FONT, hint: 'eastAsia' };
/**
 * Each run's language: the tags TMX and XLIFF write (the project's English variant), since Word
 * spell-checks a run in its tagged language; eastAsia zh-CN everywhere, for the Han characters.
 */
function runLanguages(project: Project): Record<Lang, string> {
  return { zh: langTag('zh', project.settings), en: langTag('en', project.settings), ru: langTag('ru', project.settings) };
}
/** A4 landscape is 16,838 twentieths of a point wide; the table spans it between the margins. */
const PAGE_WIDTH = 16_838;
const MARGIN = 1000;
/** The body text size, in half-points (docx's document default below). */
const BODY_HALF_POINTS = 21;
/** Lines of body text a row may have and still be kept on one page: two thirds of the ≈36 an A4 landscape page holds. */
const KEEP_WHOLE_LINES = 24;

const ERROR_SHADE = 'FBE3E3';
/**
 * An empty cell stands out so a reviewer cannot miss it: a target cell (omission, untranslated) and
 * the source cell of a sentence added in the translation, which also says so in grey.
 */
const EMPTY_SHADE = 'FFF4CC';

/**
 * Bilingual or trilingual DOCX: one side-by-side table (# | 中文 | English | Русский | Status), header row
 * repeated on every page, paragraph breaks of the source marked by a heavier border, QA findings as
 * Word comments on the cell of the language they concern (rows with an error shaded red, empty
 * target cells and an added sentence's source cell yellow), A4 landscape with the project name and
 * page numbers in the footer.
 *
 * The `docx` library writes the package (styles, footer, relationships); the table, which is almost
 * all of a large document, and the comments are written here as XML text and put in their places.
 * Built from docx objects they took 28 s CPU for 20,000 rows (object trees, then serialising them);
 * as text they are the same XML, byte for byte, in a fraction of the time.
 */
export async function writeDocx(project: Project, options: ExportOptions = {}): Promise<Uint8Array> {
  const { langs, rows } = tableRows(project, options);
  const comments: string[] = [];
  const date = (options.date ?? new Date()).toISOString();
  const textWidth = PAGE_WIDTH - 2 * MARGIN; // the text area: any wider and the table runs into the right margin
  const numberWidth = 600;
  const statusWidth = 1600; // "ru confirmed" on one line in 9 pt, with the cell margins
  const targets = langs.filter((l): l is TargetLang => l !== 'zh');
  const colWidth = Math.floor((textWidth - numberWidth - statusWidth) / langs.length);
  const tags = runLanguages(project);

  const table: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${textWidth}"/><w:tblBorders>`,
    ...['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`),
    '</w:tblBorders></w:tblPr><w:tblGrid>',
    ...[numberWidth, ...langs.map(() => colWidth), statusWidth].map((w) => `<w:gridCol w:w="${w}"/>`),
    '</w:tblGrid>',
    '<w:tr><w:trPr><w:tblHeader/></w:trPr>',
    cell('#', 'en', tags.en, numberWidth, { bold: true, shade: 'E7E7E7' }),
    ...langs.map((l) => cell(COLUMN_TITLE[l], l, tags[l], colWidth, { bold: true, shade: 'E7E7E7' })),
    cell('Status', 'en', tags.en, statusWidth, { bold: true, shade: 'E7E7E7' }),
    '</w:tr>',
  ];
  for (const r of rows) {
    // One Word comment per cell, on the column the finding is about, so it sits next to its text.
    const commentIds: Partial<Record<Lang, number>> = {};
    for (const l of langs) {
      const notes = r.findingsAt[l];
      if (!notes?.length) continue;
      commentIds[l] = comments.length;
      const paragraphs = notes.map((f) => `<w:p><w:r>${runText(f)}</w:r></w:p>`).join('');
      comments.push(`<w:comment w:id="${comments.length}" w:initials="QA" w:author="Duizhao QA" w:date="${date}">${paragraphs}</w:comment>`);
    }
    const shade = r.findings.some((f) => f.startsWith('error')) ? ERROR_SHADE : undefined;
    const whole = rowFitsEasily(langs.map((l) => r.text[l] ?? ''), colWidth);
    table.push(`<w:tr><w:trPr><w:cantSplit${whole ? '' : ' w:val="off"'}/></w:trPr>`, cell(String(r.n), 'en', tags.en, numberWidth, { muted: true, ...(shade ? { shade } : {}) }));
    for (const l of langs) {
      const commentId = commentIds[l];
      const text = r.text[l] ?? '';
      const addedSource = l === 'zh' && r.added;
      const fill = shade ?? ((l !== 'zh' && isUntranslated(r, l)) || addedSource ? EMPTY_SHADE : undefined);
      const look = { ...(fill ? { shade: fill } : {}), ...(commentId !== undefined ? { commentId } : {}), topRule: r.paragraphStart && r.n > 1 };
      table.push(addedSource ? cell(ADDED_LABEL, 'en', tags.en, colWidth, { ...look, label: true }) : cell(text, l, tags[l], colWidth, look));
    }
    table.push(cell(statusLines(r, targets).map((line) => line.label).join('\n'), 'en', tags.en, statusWidth, { muted: true, left: true, ...(shade ? { shade } : {}), topRule: r.paragraphStart && r.n > 1 }), '</w:tr>');
  }
  table.push('</w:tbl>');

  const document = () =>
    new Document({
      creator: 'Duizhao',
      title: project.name,
      // A stand-in: whether there are comments changes the relationship ids in the body (the footer's).
      comments: { children: comments.length ? [{ id: 0, author: 'Duizhao QA', children: [new Paragraph('')] }] : [] },
      styles: { default: { document: { run: { font: FONT, size: BODY_HALF_POINTS } } } },
      sections: [
        {
          properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
          // Reviewers print these and refer to pages: name and "page / pages" on every page.
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  alignment: AlignmentType.RIGHT,
                  children: [new TextRun({ text: `${clean(project.name)}    `, size: 16, color: '888888', font: FONT }), new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16, color: '888888', font: FONT })],
                }),
              ],
            }),
          },
          children: [new Paragraph({ children: [new TextRun({ text: clean(project.name), bold: true, size: 28, font: FONT })], spacing: { after: 200 } })],
        },
      ],
    });
  // The body and comments as docx writes them, then the table before the section properties (which
  // close the body) and the comments in place of the stand-in; docx packs again with those two parts.
  const skeleton = await JSZip.loadAsync(await Packer.pack(document(), 'uint8array'));
  const body = await skeleton.file('word/document.xml')!.async('string');
  const at = body.lastIndexOf('<w:sectPr');
  if (at < 0) throw new Error('docx wrote no section properties: cannot place the table');
  const parts = [{ path: 'word/document.xml', data: body.slice(0, at) + table.join('') + body.slice(at) }];
  if (comments.length) {
    const xml = await skeleton.file('word/comments.xml')!.async('string');
    const from = xml.indexOf('<w:comment ');
    const to = xml.lastIndexOf('</w:comments>');
    if (from < 0 || to < from) throw new Error('docx wrote no comment: cannot place the QA comments');
    parts.push({ path: 'word/comments.xml', data: xml.slice(0, from) + comments.join('') + xml.slice(to) });
  }
  return Packer.pack(document(), 'uint8array', false, parts);
}

function clean(text: string): string {
  return stripNonXmlChars(text).text;
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text escaped as docx escapes it (quotes too), characters XML cannot carry removed. */
function esc(text: string): string {
  return clean(text).replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

const RUN_FONTS = `<w:rFonts w:ascii="${FONT.ascii}" w:cs="${FONT.cs}" w:eastAsia="${FONT.eastAsia}" w:hAnsi="${FONT.hAnsi}"`;
const RUN_FONTS_XML: Record<Lang, string> = { zh: `${RUN_FONTS} w:hint="${ZH_FONT.hint}"/>`, en: `${RUN_FONTS}/>`, ru: `${RUN_FONTS}/>` };

/**
 * A run's text: a line break inside a segment (a list or an address in one sentence, a soft break
 * from an imported DOCX) is a `<w:br/>` and a tab a `<w:tab/>`, as Word writes them; inside `<w:t>`
 * Word and LibreOffice show either as a space.
 */
function runText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.split('\t').map((part) => (part ? `<w:t xml:space="preserve">${esc(part)}</w:t>` : '')).join('<w:tab/>'))
    .join('<w:br/>') || '<w:t xml:space="preserve"></w:t>';
}

/**
 * Whether a row is short enough to keep on one page (`w:cantSplit`). A row split at a page break
 * left "miscalculation." alone at the top of the next page, under an empty # and Chinese cell, as
 * LibreOffice renders the sample: a reviewer reads a row as one unit. A row taller than most of a
 * page may still split (kept whole, it would leave most of a page blank, or run off it). The
 * estimate: a Han, kana or full-width character is one em wide, anything else about half.
 */
export function rowFitsEasily(texts: readonly string[], colWidth: number): boolean {
  const lineEms = (colWidth - 2 * 108) / (BODY_HALF_POINTS * 10); // twips less the default cell margins, in ems
  for (const text of texts) {
    let lines = 0;
    let ems = 0;
    for (const ch of text) {
      if (ch === '\n') {
        lines += Math.max(1, Math.ceil(ems / lineEms));
        ems = 0;
      } else ems += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 1 : 0.55;
      if (lines > KEEP_WHOLE_LINES) return false;
    }
    lines += Math.max(1, Math.ceil(ems / lineEms));
    if (lines > KEEP_WHOLE_LINES) return false;
  }
  return true;
}

/** One table cell: width, optional top rule and shading, one paragraph with one run in the cell's language (and a comment anchor). */
function cell(text: string, lang: Lang, tag: string, width: number, o: { bold?: boolean; shade?: string; muted?: boolean; left?: boolean; label?: boolean; commentId?: number; topRule?: boolean }): string {
  const props =
    `<w:tcW w:type="dxa" w:w="${width}"/>` +
    (o.topRule ? '<w:tcBorders><w:top w:val="single" w:color="888888" w:sz="12"/></w:tcBorders>' : '') +
    (o.shade ? `<w:shd w:fill="${o.shade}" w:color="auto" w:val="clear"/>` : '');
  const run =
    `<w:r><w:rPr>${RUN_FONTS_XML[lang]}${o.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>'}` +
    // rPr children in the schema's order: b, i, color, sz, lang.
    (o.label ? '<w:i/><w:iCs/>' : '') +
    (o.muted || o.label ? '<w:color w:val="888888"/>' : '') +
    (o.muted ? '<w:sz w:val="18"/><w:szCs w:val="18"/>' : '') +
    `<w:lang w:val="${tag}" w:eastAsia="zh-CN"/></w:rPr>${runText(text)}</w:r>`;
  const content =
    o.commentId === undefined
      ? run
      : `<w:commentRangeStart w:id="${o.commentId}"/>${run}<w:commentRangeEnd w:id="${o.commentId}"/><w:r><w:commentReference w:id="${o.commentId}"/></w:r>`;
  return `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:pPr><w:jc w:val="${o.muted && !o.left ? 'right' : 'left'}"/></w:pPr>${content}</w:p></w:tc>`;
}
