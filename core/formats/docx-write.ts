import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
} from 'docx';
import type { Lang, Project } from '../model/types';
import { COLUMN_TITLE, tableRows } from './table-rows';
import { stripNonXmlChars } from './xml-escape';
import type { ExportOptions } from './export-options';

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
const LANGUAGE: Record<Lang, { value: string; eastAsia: string }> = {
  zh: { value: 'zh-CN', eastAsia: 'zh-CN' },
  en: { value: 'en-GB', eastAsia: 'zh-CN' },
  ru: { value: 'ru-RU', eastAsia: 'zh-CN' },
};
const ERROR_SHADE = 'FBE3E3';
/** An empty target cell (omission, untranslated) stands out so a reviewer cannot miss it. */
const EMPTY_SHADE = 'FFF4CC';

/**
 * Bilingual or trilingual DOCX: one side-by-side table (# | 中文 | English | Русский), header row
 * repeated on every page, paragraph breaks of the source marked by a heavier border, QA findings as
 * Word comments on the cell of the language they concern (rows with an error shaded red, empty
 * target cells yellow), A4 landscape with the project name and page numbers in the footer.
 */
export async function writeDocx(project: Project, options: ExportOptions = {}): Promise<Uint8Array> {
  const { langs, rows } = tableRows(project, options);
  const comments: ICommentOptions[] = [];
  const date = options.date ?? new Date();
  const textWidth = 15_000; // twentieths of a point: A4 landscape minus margins, shared by the text columns
  const numberWidth = 600;
  const colWidth = Math.floor((textWidth - numberWidth) / langs.length);

  const header = new TableRow({
    tableHeader: true,
    children: [cell('#', 'en', numberWidth, { bold: true, shade: 'E7E7E7' }), ...langs.map((l) => cell(COLUMN_TITLE[l], l, colWidth, { bold: true, shade: 'E7E7E7' }))],
  });
  const body = rows.map((r) => {
    // One Word comment per cell, on the column the finding is about, so it sits next to its text.
    const commentIds: Partial<Record<Lang, number>> = {};
    for (const l of langs) {
      const notes = r.findingsAt[l];
      if (!notes?.length) continue;
      commentIds[l] = comments.length;
      comments.push({ id: comments.length, author: 'Duizhao QA', initials: 'QA', date, children: notes.map((f) => new Paragraph({ children: [new TextRun(clean(f))] })) });
    }
    const shade = r.findings.some((f) => f.startsWith('error')) ? ERROR_SHADE : undefined;
    return new TableRow({
      cantSplit: false,
      children: [
        cell(String(r.n), 'en', numberWidth, { muted: true, ...(shade ? { shade } : {}) }),
        ...langs.map((l) => {
          const commentId = commentIds[l];
          const text = r.text[l] ?? '';
          const fill = shade ?? (l !== 'zh' && text.trim() === '' ? EMPTY_SHADE : undefined);
          return cell(text, l, colWidth, { ...(fill ? { shade: fill } : {}), ...(commentId !== undefined ? { commentId } : {}), topRule: r.paragraphStart && r.n > 1 });
        }),
      ],
    });
  });

  const doc = new Document({
    creator: 'Duizhao',
    title: project.name,
    comments: { children: comments },
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
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
        children: [
          new Paragraph({ children: [new TextRun({ text: clean(project.name), bold: true, size: 28, font: FONT })], spacing: { after: 200 } }),
          new Table({ rows: [header, ...body], width: { size: textWidth, type: WidthType.DXA }, columnWidths: [numberWidth, ...langs.map(() => colWidth)] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function clean(text: string): string {
  return stripNonXmlChars(text).text;
}

function cell(text: string, lang: Lang, width: number, o: { bold?: boolean; shade?: string; muted?: boolean; commentId?: number; topRule?: boolean }): TableCell {
  const run = new TextRun({ text: clean(text), bold: o.bold ?? false, font: lang === 'zh' ? ZH_FONT : FONT, language: LANGUAGE[lang], ...(o.muted ? { color: '888888', size: 18 } : {}) });
  const children =
    o.commentId === undefined
      ? [run]
      : [new CommentRangeStart(o.commentId), run, new CommentRangeEnd(o.commentId), new TextRun({ children: [new CommentReference(o.commentId)] })];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(o.shade ? { shading: { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } } : {}),
    ...(o.topRule ? { borders: { top: { style: 'single', size: 12, color: '888888' } } } : {}),
    children: [new Paragraph({ alignment: o.muted ? AlignmentType.RIGHT : AlignmentType.LEFT, children })],
  });
}
