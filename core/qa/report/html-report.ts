import type { QaReport, ReportMark, ReportSide } from './report-model';
import { tallyLine } from '../completeness-tally';
import { dismissedNote, groupLocation, summaryLine } from './report-model';
import { isSpellingFinding, spellingLine } from './spelling-groups';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function marked(side: ReportSide | null, mark: ReportMark | undefined): string {
  if (!side) return '';
  if (side.sentences.length === 0) return '<em class="none">(none)</em>';
  if (!mark) return escapeHtml(side.text);
  const t = side.text;
  return `${escapeHtml(t.slice(0, mark.start))}<mark>${escapeHtml(t.slice(mark.start, mark.end))}</mark>${escapeHtml(t.slice(mark.end))}`;
}

const STYLE = `
body{font:15px/1.5 system-ui,"Noto Sans","Noto Sans CJK SC",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.4rem;margin:0 0 .25rem}.meta{color:#555;margin:0 0 1.5rem}
.completeness{margin:-1rem 0 1.5rem;padding-left:1.2rem}
section{border:1px solid #ddd;border-radius:6px;margin:0 0 1rem;padding:.75rem 1rem}
h2{font-size:.85rem;font-weight:600;color:#555;margin:0 0 .5rem}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:0 0 .5rem}
.pair p{margin:0}.lang{font-size:.75rem;color:#777;text-transform:uppercase;margin-right:.4rem}
mark{background:#ffe08a;padding:0 .1em}.none{color:#999}
ul{margin:0;padding-left:1.2rem}li{margin:.15rem 0}
.sev{display:inline-block;min-width:4.5rem;font-size:.75rem;font-weight:700;text-transform:uppercase}
.error .sev{color:#b00020}.warning .sev{color:#9a6700}.info .sev{color:#0969da}
code{font-size:.8rem;color:#666}
`;

function spellingSection(report: QaReport): string {
  if (report.spelling.length === 0) return '';
  const items = report.spelling
    .map((s) => `<li class="${s.severity}"><span class="sev">${s.severity}</span><span class="lang">${escapeHtml(s.lang)}</span>${escapeHtml(spellingLine(s))}</li>`)
    .join('');
  return `<section><h2>Spelling</h2><ul>${items}</ul></section>\n`;
}

/** The completeness promise per language, under the title: translated, not translated, doubtful. */
function completenessList(report: QaReport): string {
  if (report.completeness.length === 0) return '';
  return `<ul class="completeness">${report.completeness.map((t) => `<li>${escapeHtml(tallyLine(t))}</li>`).join('')}</ul>`;
}

/**
 * A self-contained HTML report a reviewer can open anywhere: inline CSS, no scripts, no external
 * resources, every piece of text escaped.
 */
export function renderHtmlReport(report: QaReport): string {
  // Spelling findings are listed once per word in their own section, not sentence by sentence.
  const groups = report.groups.map((g) => ({ ...g, findings: g.findings.filter((f) => !isSpellingFinding(f)) })).filter((g) => g.findings.length > 0);
  const sections = groups.map((g) => {
    const first = g.findings[0];
    const pair = g.lang
      ? `<div class="pair"><p lang="zh-Hans"><span class="lang">zh</span>${marked(g.source, first?.marks.source)}</p><p lang="${escapeHtml(g.lang)}"><span class="lang">${escapeHtml(g.lang)}</span>${marked(g.target, first?.marks.target)}</p></div>`
      : `<div class="pair"><p lang="zh-Hans"><span class="lang">zh</span>${marked(g.source, first?.marks.source)}</p></div>`;
    const items = g.findings
      .map((f) => `<li class="${f.severity}"><span class="sev">${f.severity}</span>${escapeHtml(f.message)} <code>${escapeHtml(f.check)}</code></li>`)
      .join('');
    return `<section><h2>${escapeHtml(groupLocation(g))}</h2>${pair}<ul>${items}</ul></section>`;
  });
  const summary = `${report.groups.length === 0 ? 'No findings' : summaryLine(report.counts)}${dismissedNote(report)}${report.groups.length === 0 ? '.' : ''}`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>QA report: ${escapeHtml(report.title)}</title><style>${STYLE}</style></head>
<body><h1>QA report: ${escapeHtml(report.title)}</h1>
<p class="meta">${escapeHtml(report.inputs.join(' · '))}<br>${escapeHtml(summary)}</p>
${completenessList(report)}
${sections.join('\n')}
${spellingSection(report)}</body></html>
`;
}
