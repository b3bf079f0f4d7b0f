import { spawnSync } from 'node:child_process';
import { SYSTEM_PYTHON, XLIFF2PO } from './tools';

/**
 * Debian's translate-toolkit as an independent reader of our TMX and XLIFF 1.2 files. It is
 * importable only from the system python (/usr/bin/python3), not from a pyenv python on PATH.
 */
const PYTHON = SYSTEM_PYTHON;

/** What translate-toolkit saw in one unit. */
export interface ToolkitUnit {
  id: string;
  source: string;
  target: string;
  /** TMX only: every `<tuv>` by its xml:lang, as the toolkit's lxml tree holds it. */
  langs: Record<string, string>;
  /** XLIFF 1.2 only: the toolkit's view of approval and notes. */
  approved?: boolean;
  notes?: string;
}

const SCRIPT = String.raw`
import json, sys
from translate.storage import tmx, xliff
kind, path = sys.argv[1], sys.argv[2]
with open(path, 'rb') as f:
    store = (tmx.tmxfile if kind == 'tmx' else xliff.xlifffile).parsestring(f.read())
out = []
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
for u in store.units:
    if u.isheader():
        continue
    item = {'id': u.getid(), 'source': u.source or '', 'target': u.target or '', 'langs': {}}
    if kind == 'tmx':
        for tuv in u.xmlelement.iter('{*}tuv', 'tuv'):
            seg = tuv.find('seg')
            item['langs'][tuv.get(XML_LANG)] = ''.join(seg.itertext()) if seg is not None else None
    else:
        item['approved'] = bool(u.isapproved())
        item['notes'] = u.getnotes()
    out.append(item)
json.dump({'sourcelang': getattr(store, 'sourcelang', None), 'targetlang': getattr(store, 'targetlang', None), 'units': out}, sys.stdout, ensure_ascii=False)
`;

/** Parse a TMX or XLIFF 1.2 file with translate-toolkit and return its units. */
export function readWithToolkit(kind: 'tmx' | 'xliff', path: string): { sourcelang: string | null; targetlang: string | null; units: ToolkitUnit[] } {
  const r = spawnSync(PYTHON, ['-c', SCRIPT, kind, path], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`translate-toolkit failed on ${path}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** One PO unit as translate-toolkit's po reader sees it after a conversion. */
export interface PoUnit {
  source: string;
  target: string;
  /** Translator comments (`# …`), one per line. */
  translatorComments: string[];
  /** Extracted (automatic) comments (`#. …`), one per line. */
  extractedComments: string[];
}

const PO_SCRIPT = String.raw`
import json, sys
from translate.storage import po
with open(sys.argv[1], 'rb') as f:
    store = po.pofile.parsestring(f.read())
lines = lambda text: [l for l in text.split('\n') if l]
json.dump([{'source': u.source or '', 'target': u.target or '', 'translatorComments': lines(u.getnotes('translator')), 'extractedComments': lines(u.getnotes('developer'))} for u in store.units if not u.isheader()], sys.stdout, ensure_ascii=False)
`;

/** Convert an XLIFF 1.2 file with translate-toolkit's own `xliff2po` command and read the PO it writes. */
export function xliffToPoUnits(xliffPath: string): PoUnit[] {
  const poPath = xliffPath.replace(/\.[^./]+$/, '') + '.po';
  const conv = spawnSync(PYTHON, [XLIFF2PO, '--progress=none', xliffPath, poPath], { encoding: 'utf8' });
  if (conv.status !== 0) throw new Error(`xliff2po failed on ${xliffPath}: ${conv.stderr}`);
  const r = spawnSync(PYTHON, ['-c', PO_SCRIPT, poPath], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`translate-toolkit could not read ${poPath}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
