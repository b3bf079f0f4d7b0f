import { Parser } from 'htmlparser2';
import { FormatError } from './format-error';
import { MAX_HTML_NESTING } from './limits';

/** Elements whose content is never visible text (or not the document's own text). */
const SKIPPED = new Set(['script', 'style', 'nav', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'button', 'select', 'textarea']);
/** Elements that end a paragraph when they open or close. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'caption', 'figure',
  'figcaption', 'address', 'hr', 'form', 'fieldset', 'legend', 'details', 'summary', 'body', 'html', 'center',
]);

// Han characters and CJK punctuation: a line break in the HTML source between two of them is not a space.
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * HTML → paragraphs of visible text: block elements end paragraphs, `<br>` is a line break,
 * script/style/nav and other non-text elements are skipped, entities decoded, whitespace collapsed
 * as a browser would (but no space invented between two Chinese characters split by a source
 * line break). htmlparser2 is forgiving, so tag soup gives text rather than an error.
 */
export function extractHtmlParagraphs(html: string, fileName = 'HTML'): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  let skipDepth = 0;
  let preDepth = 0;
  const flush = (): void => {
    const text = current
      .split('\n')
      .map((line) => collapse(line))
      .filter((line) => line !== '')
      .join('\n');
    if (text) out.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        // htmlparser2 keeps its open elements with Array.unshift: depth d costs d per tag, so 400k
        // nested <div>s ran for minutes. Real pages nest a few dozen levels.
        if (++depth > MAX_HTML_NESTING) {
          const line = html.slice(0, parser.startIndex).split('\n').length;
          throw new FormatError(fileName, `elements nested deeper than ${MAX_HTML_NESTING} levels; not a page to read`, { line });
        }
        if (SKIPPED.has(name)) skipDepth++;
        else if (skipDepth === 0 && name === 'br') current += '\n';
        else if (skipDepth === 0 && BLOCKS.has(name)) flush();
        if (name === 'pre') preDepth++;
      },
      ontext(text) {
        if (skipDepth > 0) return;
        current += preDepth > 0 ? text : text.replace(/[ \t\r\n\f]+/g, ' ');
      },
      onclosetag(name, implied) {
        depth--;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (skipDepth === 0 && BLOCKS.has(name)) flush();
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        void implied;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out;
}

function collapse(line: string): string {
  // Drop a space only where both neighbours are CJK: it came from a line break in the source.
  return line
    .replace(/ +/g, ' ')
    .replace(/(.) (?=(.))/gu, (m, a: string, b: string) => (CJK.test(a) && CJK.test(b) ? a : m))
    .trim();
}
