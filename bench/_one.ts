import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProjectInput } from '../cli/actions/engine';
const d = process.argv[2]!;
const lang = readFileSync(join(d, '..', 'langs.txt'), 'utf8').trim().split(/\s+/)[1] as 'en';
void loadProjectInput(join(d, 'src.txt'), [join(d, 'tgt.txt')], { presegmented: true, targetLangs: [lang] });
