/**
 * Values the commands' help text names, kept here so that registering the commands (and `--help`)
 * loads no engine code: core/project would load zod and jsonc-parser just for this string.
 * tests/cli-lazy.test.ts keeps it equal to core/project's PROJECT_EXTENSION.
 */
export const PROJECT_EXTENSION = '.duizhao.json';
