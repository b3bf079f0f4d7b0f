import type { Lang, Project, TargetLang } from '../model/types';
import { ADDED_LABEL, COLUMN_TITLE, isUntranslated, statusLines, tableRows, type TableRow } from './table-rows';
import { stripNonXmlChars } from './xml-escape';
import type { ExportOptions } from './export-options';

/** Text for HTML content and double-quoted attributes (control characters removed as in XML). */
export function escapeHtml(text: string): string {
  return stripNonXmlChars(text)
    .text.replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escaped text with its line breaks as `<br>`: a segment may hold a list or an address, and HTML collapses a newline into a space. */
export function htmlLines(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en', ru: 'ru' };

// Inline so the page is one self-contained file a reviewer can e-mail or open offline.
// The generic serif comes before the CJK fonts: where Noto Serif and Times New Roman are missing (a
// Linux machine with only fonts-noto-cjk), English and Russian would otherwise be set in the CJK
// font's Latin and Cyrillic, with full-width quotes; Han characters outside the zh cells (the title,
// findings quoting the source) still fall through to the CJK fonts.
const CSS = `
body{font-family:"Noto Serif","Times New Roman",serif,"Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun;margin:2em;color:#222}
h1{font-size:1.3em}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #bbb;padding:.4em .6em;vertical-align:top;text-align:left;overflow-wrap:break-word}
/* A long Russian or English word in a narrow column is hyphenated where the browser knows the
   language's rules (the cells carry lang), instead of broken at the edge with no mark. */
td:lang(en),td:lang(ru){hyphens:auto}
th{background:#eee;position:sticky;top:0}
/* A fixed-layout table takes its column widths from the first row, the header: the widths are set
   on the header cells, so the number and status columns stay narrow and the texts get the room. */
.n{width:3em;color:#888;text-align:right}
td:lang(zh){font-family:"Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun,serif}
tr.para td{border-top:3px solid #888}
.st{width:7em;font-size:.85em;color:#555}
th.qa{width:18%}
td.qa{font-size:.85em;color:#a30}
td.none{background:#fff4f4}
/* The label is CSS, not text: copied or parsed, the cell stays empty as the source is. */
td.added::before{content:"${ADDED_LABEL}";color:#888;font-style:italic;font-size:.85em}
.s{display:block}.s+.s{margin-top:.4em}
.conf{display:block;color:#999}
`;

/**
 * The status column, as DOCX has it (statusLines), each status with the alignment's confidence under
 * it. One column for both targets leaves the texts the width a 1024-pixel window has.
 */
function statusCell(r: TableRow, targets: TargetLang[]): string {
  return statusLines(r, targets)
    .map(({ target, label }) => {
      const c = r.confidence[target];
      return `<span class="s">${escapeHtml(label)}${c === undefined ? '' : `<span class="conf">${c.toFixed(2)}</span>`}</span>`;
    })
    .join('');
}

/** A self-contained side-by-side HTML page (inline CSS, no scripts, everything escaped). */
export function writeHtml(project: Project, options: ExportOptions = {}): string {
  const { langs, rows } = tableRows(project, options);
  const targets = langs.filter((l): l is 'en' | 'ru' => l !== 'zh');
  const hasQa = rows.some((r) => r.findings.length);
  const head = ['<th class="n">#</th>', ...langs.map((l) => `<th lang="${HTML_LANG[l]}">${COLUMN_TITLE[l]}</th>`), targets.length ? '<th class="st">Status</th>' : '', hasQa ? '<th class="qa">QA</th>' : ''].join('');
  const body = rows.map((r) => {
    const cls = r.paragraphStart && r.n > 1 ? 'para' : '';
    // An empty cell is marked on itself: a target with no translation where one belongs, and the source of an added sentence.
    const cellClass = (l: Lang): string => (l === 'zh' ? (r.added ? 'none added' : '') : isUntranslated(r, l) ? 't none' : 't');
    const cells = [
      `<td class="n">${r.n}</td>`,
      ...langs.map((l) => `<td lang="${HTML_LANG[l]}"${cellClass(l) ? ` class="${cellClass(l)}"` : ''}>${htmlLines(r.text[l] ?? '')}</td>`),
      targets.length ? `<td class="st">${statusCell(r, targets)}</td>` : '',
      hasQa ? `<td class="qa">${r.findings.map(htmlLines).join('<br>')}</td>` : '',
    ];
    return `<tr${cls ? ` class="${cls}"` : ''}>${cells.join('')}</tr>`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(project.name)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(project.name)}</h1>`,
    '<table>',
    `<thead><tr>${head}</tr></thead>`,
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
