/**
 * DeepL's request limits (https://developers.deepl.com/docs/api-reference/translate): at most 50
 * texts per request and a 128 KiB request body. We stay below the body limit with room for the
 * other form fields, measuring texts as they travel (URL-encoded UTF-8: one Chinese character is
 * 9 bytes on the wire).
 */
export const DEEPL_LIMITS = {
  maxTextsPerRequest: 50,
  maxRequestBytes: 128 * 1024,
  /** Room kept for target_lang, glossary_id, flags and the form's separators. */
  reservedBytes: 2 * 1024,
} as const;

/** How many neighbouring source sentences on each side go into `context`. */
export const CONTEXT_SENTENCES = 2;
/** Context is not billed but counts toward the request size: keep it to a paragraph's worth. */
export const MAX_CONTEXT_CHARS = 1200;
/** Items at most this many sentences apart share one request (and one context). */
export const MAX_GAP_IN_BATCH = 2;
