import { describe, expect, it } from 'vitest';
import { findingMessage, sourceCleanupFlag } from '../core/qa/checks/source-cleanup-flag';
import { importText } from '../core/text/import';
import { makeDoc, makeProject } from './edit-helpers';

// The clean-up findings are read by a reviewer in the Problems panel and the report: a sentence
// (capital first), the place named once — not "exact repeat of the paragraph at line 1 (input
// line 2)" or "… (lines 4–6) (input line 4)".
describe('source.cleanup-flag messages', () => {
  const raw = [
    '双方重申国际人道主义原则的重要性。',
    '',
    '双方一致认为，塑料污染问题需要全球合作。',
    '',
    '双方重申国际人道主义原则的重要性。',
    '',
    '(下转第6版)',
    '',
    '双方同意加强文化交流。',
    '',
    '- • 首页 https://example.com/a',
    '- • 新闻 https://example.com/b',
    '- • 关于 https://example.com/c',
  ].join('\n');

  it('says which line repeats which, where a marker sits, and gives a run of junk its lines once', () => {
    const source = importText(raw, 'zh');
    const project = makeProject(source, { en: makeDoc('en', [['x']]) }, { en: { source: 'zh', target: 'en', beads: [] } });
    const messages = sourceCleanupFlag.run(project, {} as never).map((f) => f.message);
    expect(messages).toContain('Line 5 repeats line 1 word for word (set aside)');
    expect(messages).toContain('Page-continuation marker "(下转第6版)" (input line 7)');
    expect(messages).toContain('3 paragraphs of links and site boilerplate after the document (lines 11–13)');
    for (const m of messages) expect(m.charAt(0)).toBe(m.charAt(0).toUpperCase());
  });
});

describe('findingMessage', () => {
  it('adds the input line unless the note names that very line', () => {
    expect(findingMessage('85 paragraphs of links (lines 29–113)', 29)).toBe('85 paragraphs of links (lines 29–113)');
    expect(findingMessage('text continues after a page break (line 40): joined "…纪|念…"', 40)).toBe('Text continues after a page break (line 40): joined "…纪|念…"');
    // A project saved before round 12 keeps its note: line 1 is the first copy, the flag is line 2.
    expect(findingMessage('exact repeat of the paragraph at line 1', 2)).toBe('Exact repeat of the paragraph at line 1 (input line 2)');
    expect(findingMessage('page-continuation marker "(下转第6版)"', 40)).toBe('Page-continuation marker "(下转第6版)" (input line 40)');
    expect(findingMessage('line 4 repeats line 14 word for word', 1)).toBe('Line 4 repeats line 14 word for word (input line 1)');
  });
});
