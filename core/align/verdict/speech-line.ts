/**
 * Lines of reported speech in a Chinese source and the length their translation takes. A speech
 * line is a sentence with a quotation mark, or a reporting verb right before a colon (她说：…,
 * 海老公道：“…). A translator renders speech unlike narrative — the reporting clause dropped or
 * reordered, 说 as "said", spoken particles left out — and in the literary chapters of the align
 * bench its lines run shorter against the source than the narrative's (median log length ratio of
 * the 1:1 beads 0.1–0.26 lower in most chapters with both). A length model fitted on all sentences
 * then finds every speech line's translation short and every narrative line's long.
 */
const SPEECH = /[“”「」『』]|[说道问答叫喊嚷骂][：:]/u;

/** Whether a source sentence is (part of) a line of reported speech. */
export function isSpeechLine(text: string): boolean {
  return SPEECH.test(text);
}

/**
 * Per source sentence, the factor its length is scaled by so that speech lines and narrative lines
 * each meet the document's length ratio at their own median: exp(median log ratio of the kind's 1:1
 * beads − that of all of them). Undefined — lengths as they are — unless both kinds have `minPairs`
 * 1:1 beads: news and official texts, with a quotation or two, are judged as before.
 */
export function speechLengthScales(
  src: readonly string[],
  srcLength: ArrayLike<number>,
  tgtLength: ArrayLike<number>,
  pairs: ReadonlyArray<{ i: number; j: number }>,
  minPairs: number,
): number[] | undefined {
  const speech: number[] = [];
  const narrative: number[] = [];
  for (const { i, j } of pairs) {
    const ls = srcLength[i]!;
    const lt = tgtLength[j]!;
    if (ls <= 0 || lt <= 0) continue;
    (isSpeechLine(src[i]!) ? speech : narrative).push(Math.log(lt / ls));
  }
  if (speech.length < minPairs || narrative.length < minPairs) return undefined;
  const all = median([...speech, ...narrative]);
  const speechScale = Math.exp(median(speech) - all);
  const narrativeScale = Math.exp(median(narrative) - all);
  return src.map((text) => (isSpeechLine(text) ? speechScale : narrativeScale));
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
