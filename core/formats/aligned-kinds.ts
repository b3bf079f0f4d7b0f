/**
 * Extensions of the bilingual files that open as an aligned project rather than as a document:
 * TMX, XLIFF 1.2/2.x and the XLIFF 1.2 dialects of Trados Studio (.sdlxliff) and memoQ (.mqxliff).
 * A leaf module, so the CLI can tell a project file from a text without loading the readers.
 */
export const ALIGNED_KINDS = {
  tmx: 'tmx',
  xlf: 'xliff', xliff: 'xliff', xlf2: 'xliff',
  sdlxliff: 'xliff', mqxliff: 'xliff',
} as const;

/** True when the file's extension names a TMX or XLIFF file (case-insensitive). */
export function isAlignedFileName(fileName: string): boolean {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return Object.hasOwn(ALIGNED_KINDS, ext);
}
