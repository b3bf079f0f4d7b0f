import type { SegmentRules } from './types';

/** English, as written in official translations (UN, MFA, Kremlin English pages). */
export const EN_RULES: SegmentRules = {
  terminators: '.!?…',
  weakTerminators: '…',
  closers: '”’")]»\'',
  needsSpaceAfter: true,
  neverFinal: [
    // titles and forms of address
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sen', 'rep', 'gov', 'amb', 'hon', 'rev', 'st', 'mt', 'h.e', 'messrs',
    // references inside legal and diplomatic texts
    'cf', 'op', 'ibid',
    // Latin and other mid-sentence abbreviations
    'e.g', 'i.e', 'vs', 'viz', 'approx', 'ca', 'est',
    // months (never sentence-final in practice: "on Jan. 8")
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  beforeNumber: ['no', 'nos', 'art', 'arts', 'para', 'paras', 'sec', 'ch', 'chap', 'vol', 'p', 'pp', 'fig', 'annex', 'item', 'rule'],
  mayEndBeforeCapital: ['etc', 'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'jr', 'sr', 'a.m', 'p.m', 'bros'],
  beforeNames: ['u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.s.s.r', 'p.r.c', 'r.f'],
  sentenceStarters: [
    'The', 'This', 'These', 'That', 'Those', 'It', 'Its', 'They', 'We', 'He', 'She', 'I', 'A', 'An',
    'In', 'On', 'At', 'As', 'For', 'To', 'By', 'With', 'Both', 'Each', 'All', 'Such', 'There', 'However',
    'Moreover', 'Furthermore', 'Meanwhile', 'China', 'Russia', 'Chinese', 'Russian', 'But', 'And', 'If', 'When',
  ],
};
