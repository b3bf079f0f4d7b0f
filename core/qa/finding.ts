import type { BeadView, Finding, LocatedSentence, SentenceRange, SideLocation } from './types';

/** The location of a whole side of a bead, optionally narrowed to a character range. */
export function sideLocation(sentences: readonly LocatedSentence[], range?: SentenceRange): SideLocation {
  const first = sentences[0];
  const location: SideLocation = { sentences: sentences.map((s) => s.sentence.id), para: first ? first.para : null };
  if (range) {
    location.range = range;
    const at = sentences.find((s) => s.sentence.id === range.sentence);
    if (at) location.para = at.para;
  }
  return location;
}

/** What a bead check knows about itself when it reports. */
interface CheckRef {
  id: string;
  severity: Finding['severity'];
}

/** Builds a finding on a bead, pointing at text on either side when given. */
export function beadFinding(
  check: CheckRef,
  bead: BeadView,
  message: string,
  at: { source?: SentenceRange; target?: SentenceRange } = {},
): Finding {
  return {
    check: check.id,
    severity: check.severity,
    message,
    lang: bead.lang,
    bead: bead.index,
    source: sideLocation(bead.source, at.source),
    target: sideLocation(bead.target, at.target),
  };
}

/** Quotes a piece of text for a message, shortened so one finding stays one line. */
export function quote(text: string, max = 40): string {
  const t = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `“${t}”`;
}
