/**
 * The data model every layer shares. Pivot on the source: one Chinese Doc, up to two target Docs,
 * one Alignment per target. Ids are stable across edits (never array positions).
 */

export type Lang = 'zh' | 'en' | 'ru';
export type TargetLang = 'en' | 'ru';
export const TARGET_LANGS: readonly TargetLang[] = ['en', 'ru'];
export const LANGS: readonly Lang[] = ['zh', 'en', 'ru'];

/** Where a segment stands in the translator's workflow. Machine text never overwrites human text. */
export type SegmentStatus = 'empty' | 'mt' | 'draft' | 'edited' | 'confirmed';

/** Half-open character range [start, end) into the text the Doc was built from. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence {
  id: string;
  /** The text as the translator sees and exports it (original characters, NFC). */
  text: string;
  status: SegmentStatus;
  /** Offsets into the imported (cleaned) text, when the sentence came from an import. */
  span?: Span;
}

/** What the clean-up step noticed. Flags are shown, never acted on silently. */
export type NoiseKind =
  | 'page-marker' // "(下转第6版)", "(上接第5版)"
  | 'broken-word' // a word split across a line/page break and rejoined
  | 'duplicate-paragraph' // an exact repeat of an earlier paragraph
  | 'trailing-junk' // link lists, site boilerplate after the document
  | 'joined-lines' // hard-wrapped lines that were joined into one paragraph
  | 'mis-decoded' // replacement characters or mojibake in the input
  | 'heading'; // a title or section number (一、二、…), kept but marked

export interface NoiseFlag {
  kind: NoiseKind;
  message: string;
  /** Range in the cleaned text. */
  span: Span;
  /** 1-based line in the original input, for error messages and the problems panel. */
  line?: number;
}

export interface Para {
  id: string;
  sentences: Sentence[];
  /**
   * Set when the paragraph is noise (page marker, duplicate, trailing junk): it stays in the Doc and
   * is shown to the translator, but is not aligned or checked for completeness until un-marked.
   */
  excluded?: NoiseKind;
  /** A heading or section number rather than running text. */
  heading?: boolean;
}

export interface Doc {
  lang: Lang;
  paragraphs: Para[];
  /** Everything the clean-up step flagged, for the problems panel and the source-anomaly check. */
  flags: NoiseFlag[];
}

export type BeadOrigin = 'auto' | 'manual';

/**
 * "Is each sentence of this bead translated here, fully?" (for a target sentence: "does it come from
 * this source?"), computed with the alignment (core/align/verdict), independent of the bead's shape.
 */
export interface BeadVerdict {
  /** Fingerprint of the bead's sentence ids and texts when computed: a verdict that no longer matches is stale. */
  of: string;
  /**
   * Per bead.src sentence, in order: the posterior probability that it has no translation (is in a
   * 1:0 bead), summed over all alignments near the best one, whatever shape the best one chose.
   */
  src: number[];
  /** Per bead.tgt sentence: the posterior probability that it has no source (a 0:1 bead). */
  tgt: number[];
  /** Per bead.src sentence: how many evidence words (dictionary words, numbers, Latin tokens) it has. */
  words?: number[];
  /**
   * Per bead.src sentence: its evidence words with no counterpart in the bead's translation,
   * space-separated ("周六 13 龙虾"; flat strings keep each bead on one line of the project file).
   */
  uncovered?: string[];
  /**
   * n:m beads: per member (bead.src sentences, then bead.tgt sentences), how much better the bead's
   * length fits with the sentence than without it (log-likelihood ratio; > 0: it belongs there).
   */
  fits?: number[];
  /**
   * Per member (bead.src sentences, then bead.tgt sentences): the probability that it has no
   * counterpart in this bead, judged from its own evidence words against the document's measured
   * recall and chance rates, with the length fit and the alignment posterior (core/align/verdict/member-gap.ts).
   */
  gap?: number[];
  /**
   * Per bead.src sentence, three numbers (flat, so the bead stays one line of the project file):
   * the part of it that is probably not translated while the rest is — UTF-16 offsets from, to
   * into its NFKC-normalised text — and that probability; 0, 0, 0 when no part stands out.
   * Present whenever the document's coverage rates could be measured (core/align/verdict/missing-part.ts).
   */
  part?: number[];
  /**
   * Per bead.src sentence, when the alignment had a machine translation: the MT's words at the
   * located part's place ('' where no part is stored), a quote for the reviewer; its presence says
   * the part was judged with the MT as a witness (core/align/verdict/mt-evidence.ts).
   */
  mtPart?: string[];
  /**
   * n:m beads whose words say they are in-order sub-beads (core/align/verdict/bead-pairs.ts): per
   * member (bead.src sentences, then bead.tgt sentences) the index of its sub-bead. A source member
   * of a 1:1 sub-bead had its `part` judged with that pair's lengths, and QA weighs it against them.
   */
  pairs?: number[];
  /**
   * 1:0 and 0:1 beads side by side holding both kinds (a lone stretch): the probability that the
   * stretch is a section replaced by another rather than a translation too weakly evidenced to pair,
   * from the stretch's own words at the document's coverage rates (core/align/verdict/lone-stretch.ts).
   */
  stretch?: number;
}

/**
 * One alignment unit: source sentence ids ↔ target sentence ids (either side may be empty:
 * 1:0 is an omission, 0:1 an addition). Beads are ordered and cover every aligned sentence once.
 */
export interface Bead {
  src: string[];
  tgt: string[];
  /** Confidence in [0, 1]. */
  score: number;
  origin: BeadOrigin;
  confirmed?: boolean;
  /** Per-sentence completeness verdict (optional: older files and hand-made beads have none). */
  verdict?: BeadVerdict;
}

export interface Alignment {
  source: 'zh';
  target: TargetLang;
  beads: Bead[];
}

export interface ProjectSettings {
  /** QA check ids switched off for this project. */
  disabledChecks: string[];
  /** Split Chinese sentences at ；as well. */
  splitAtSemicolon: boolean;
  /** DeepL English variant; also the English spelling dictionary. */
  englishVariant: 'en-US' | 'en-GB';
  /** Words the spelling check accepts in this project only ("Ignore in this project"). */
  spellingIgnore?: string[];
  /** Check words written in capitals only (UN, ООН) for spelling too; default false (skipped). */
  spellAllCaps?: boolean;
  /** QA findings the translator dismissed ("this sentence is translated"); they stay hidden through re-checks and re-alignment. */
  dismissed?: Dismissal[];
  /**
   * The team's glossary folder for this project, as chosen in a dialog (desktop: its absolute path;
   * web mode: a folder name in the workspace). Absent: the app's glossary/ folder.
   */
  glossaryFolder?: string;
}

/**
 * One dismissed finding (core/qa/dismissals). Keyed by what it claims about which text — never by a
 * bead or row index, which shift with every alignment edit.
 */
export interface Dismissal {
  /** Claim, language, side and a hash of the named sentences' texts (core/qa/dismissals `dismissalKey`). */
  key: string;
  /** The check that reported it, for the "Show dismissed" list. */
  check: string;
  lang: TargetLang | null;
  /** The beginning of the named sentence, so the list says what was dismissed. */
  text: string;
}

export const DEFAULT_SETTINGS: ProjectSettings = {
  disabledChecks: [],
  splitAtSemicolon: false,
  englishVariant: 'en-GB',
};

export const PROJECT_SCHEMA_VERSION = 1;

export interface Project {
  version: typeof PROJECT_SCHEMA_VERSION;
  name: string;
  source: Doc;
  targets: Partial<Record<TargetLang, Doc>>;
  alignments: Partial<Record<TargetLang, Alignment>>;
  /** Term base files, relative to the project file or the app's glossary/ folder. */
  glossaryPaths: string[];
  settings: ProjectSettings;
  /** The bilingual file the project was opened from, kept for `export --to original` (issue 15). */
  original?: OriginalFile;
}

/**
 * A client's XLIFF kept whole, so it can be handed back as the same document with only targets and
 * their states changed. `segments` maps each of its segments (`tu:3`, `tu:3#2` for a Trados/memoQ
 * `<mrk mid="2">`, `unit:0` for XLIFF 2) to the zh sentence read from it.
 */
export interface OriginalFile {
  fileName: string;
  format: 'xliff';
  text: string;
  segments: Array<{ key: string; zh: string }>;
}
