import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The align dev sets (../shared/bench/align/data), beside the project; absent on a user's clone.
 * DUIZHAO_DEV_SETS names another folder (a worktree whose parent is not the project's).
 */
export const DEV_ROOT = process.env.DUIZHAO_DEV_SETS ?? join(__dirname, '..', '..', 'shared', 'bench', 'align', 'data');

export interface DevDoc {
  /** dev-SET-DOC, the name the dumps use. */
  name: string;
  src: string;
  tgt: string;
  /** The machine translation of src, where the set has one. */
  mt?: string;
}

/** Every document of the dev sets, in a fixed order; none when the sets are absent. */
export function devSetDocs(): DevDoc[] {
  const docs: DevDoc[] = [];
  if (!existsSync(DEV_ROOT)) return docs;
  for (const set of ['mac-dev', 'mac-mt', 'mag']) {
    for (const doc of readdirSync(join(DEV_ROOT, set)).sort()) {
      const dir = join(DEV_ROOT, set, doc);
      if (!existsSync(join(dir, 'src.txt'))) continue;
      const mt = join(dir, 'mt.txt');
      docs.push({ name: `dev-${set}-${doc}`, src: join(dir, 'src.txt'), tgt: join(dir, 'tgt.txt'), ...(existsSync(mt) ? { mt } : {}) });
    }
  }
  return docs;
}
