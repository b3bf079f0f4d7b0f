/**
 * Evidence channels. Each is a kind of "this word should reappear in the translation" evidence with
 * its own recall, estimated per document: dictionary words, literal tokens (numbers, Latin words),
 * transliterated names, punctuation, machine translation, glossary terms, and pairs learned from
 * the document's own first alignment.
 */
export const Channel = { Lex: 0, Literal: 1, Name: 2, Punct: 3, Mt: 4, Term: 5, Learned: 6 } as const;
export type ChannelId = (typeof Channel)[keyof typeof Channel];
export const CHANNEL_COUNT = 7;
export const CHANNEL_NAMES = ['lexicon', 'literal', 'name', 'punctuation', 'mt', 'term', 'learned'] as const;

/**
 * Prior recall of each channel (share of evidence units that find their counterpart in a true
 * translation), used only until the document's own anchors give an estimate.
 */
export const PRIOR_RECALL: readonly number[] = [0.35, 0.7, 0.6, 0.5, 0.5, 0.7, 0.5];
