/**
 * Punctuation that usually survives translation: a question in the source is a question in the
 * target, direct speech keeps its quotation marks, list items keep their dashes and semicolons.
 * Each maps to a shared key on both sides.
 */
export const SOURCE_PUNCT_KEYS: Readonly<Record<string, string>> = {
  '？': '%?', '?': '%?', '！': '%!', '!': '%!', '“': '%q', '”': '%q', '‘': '%q', '「': '%q', '」': '%q', '"': '%q',
  '…': '%…', '：': '%:', ':': '%:', '（': '%(', '(': '%(', '—': '%—', '；': '%;', ';': '%;',
};
export const TARGET_PUNCT_KEYS: Readonly<Record<string, string>> = {
  '?': '%?', '!': '%!', '“': '%q', '”': '%q', '"': '%q', '«': '%q', '»': '%q', '„': '%q', '‘': '%q', '…': '%…',
  ':': '%:', '(': '%(', '—': '%—', '–': '%—', ';': '%;',
};
