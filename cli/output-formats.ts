/**
 * The output formats of `align` and `check`, read both by the command definitions (help text) and
 * by the actions (validation): a leaf module, so an action never imports its command and the
 * command loads its action only when it runs.
 */
export const ALIGN_FORMATS = ['beads', 'json', 'tsv'] as const;
export const CHECK_FORMATS = ['text', 'json', 'html'] as const;
