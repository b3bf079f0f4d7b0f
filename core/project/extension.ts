/** File name ending of saved projects. A leaf module: the CLI's help names it without loading the schema. */
export const PROJECT_EXTENSION = '.duizhao.json';
