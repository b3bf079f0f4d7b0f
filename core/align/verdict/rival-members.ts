/**
 * The members of one side of an n:m bead as rival explanations of one gap.
 *
 * Each target member is judged by its own words against the source, the residual its mates leave
 * and the bead's length with and without it (bead-verdict.ts). The length belongs to the bead, not
 * to the member: a bead holding one added sentence is one sentence too long, and removing ANY of its
 * target members makes it fit better. Judged one by one, a sound member beside
 * an addition then inherits the addition's evidence (the other-genre bench, mac-en
 * `[40, 41]:[37, 38, 39]`: the addition 37 at 0.99, the sound 39 at 0.95). With at most one added
 * sentence per bead, the members' hypotheses exclude each other: P(x is the gap) =
 * odds_x / (1 + Σ_y odds_y), odds_x = p_x / (1 − p_x) its odds judged alone — the same as p_x when
 * no other member is a candidate, and lower when a rival explains the bead better.
 *
 * Source members of n:1 beads are pooled the same way since their length witness also reads the
 * QA's letters-only model (member-length.ts): in a document whose ratio is uniform (official texts)
 * a target half the bead's expected length pushed the kept member as hard as the dropped one, and
 * only the words could tell them apart. Judged alone (round 7) pooling lost two planted omissions
 * whose sound mate had the higher odds; with the pooled length it keeps the gain and removes false
 * alarms (decision 0004, round 10).
 */
export function oneGapAmong(p: readonly number[]): number[] {
  if (p.length < 2) return [...p];
  // A probability of exactly 1 would make every rival's share 0 and its own undefined.
  const odds = p.map((x) => Math.min(MAX_ODDS, x / Math.max(1 - x, 1 / MAX_ODDS)));
  let all = 1;
  for (const o of odds) all += o;
  return odds.map((o) => o / all);
}

const MAX_ODDS = 1e9;
