/** File name ending of saved projects. A leaf module: the CLI's help names it without loading the schema. */
export const PROJECT_EXTENSION = '.duizhao.json';

/**
 * Largest project file read, by the app, web mode and the CLI alike (one limit: a file one of them
 * writes, the others open). A 20k-bead trilingual project is ≈ 15 MB; this leaves ample room.
 */
export const MAX_PROJECT_BYTES = 128 * 1024 * 1024;
