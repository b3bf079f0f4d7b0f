/**
 * Largest file Duizhao imports. A long treaty is a few MB; beyond this it is not a text to align.
 * A leaf module, so the CLI can check a file's size without loading every reader.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
