import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/**
 * The outside programs some tests need, each with how to tell it is missing and how to install it.
 * One table read by the global setup (one loud SKIP line per missing tool, or a failed run under
 * CI=true) and by the test files (skip outside CI, fail under CI): a green CI run skipped nothing.
 */
export type Tool = 'chromium' | 'translate-toolkit' | 'omegat' | 'xmllint' | 'xliff-schemas' | 'libreoffice';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar';
/**
 * The OASIS XLIFF 1.2 strict and 2.0 core schemas (and the W3C xml.xsd they import), unmodified
 * copies as Debian's php-symfony-translation ships them for Symfony's own XLIFF validation.
 */
export const XLIFF_SCHEMA_DIR = process.env.XLIFF_SCHEMA_DIR ?? '/usr/share/php/Symfony/Component/Translation/Resources/schemas';
export const XLIFF_SCHEMA_FILES = ['xliff-core-1.2-strict.xsd', 'xliff-core-2.0.xsd', 'xml.xsd'] as const;
/** translate-toolkit is importable only from the system python, not a pyenv python on PATH. */
export const SYSTEM_PYTHON = '/usr/bin/python3';
/** translate-toolkit's XLIFF → PO converter, run with SYSTEM_PYTHON. */
export const XLIFF2PO = '/usr/bin/xliff2po';

const TOOLS: Record<Tool, { install: string; uses: string; missing: () => string | undefined }> = {
  chromium: {
    install: 'apt-get install -y chromium fonts-noto-cjk',
    uses: 'the web-mode end-to-end tests',
    missing: () => (existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}`),
  },
  'translate-toolkit': {
    install: 'apt-get install -y translate-toolkit',
    uses: 'reading our TMX and XLIFF 1.2 with an independent reader',
    missing: () => {
      const r = spawnSync(SYSTEM_PYTHON, ['-c', 'from translate.storage import tmx, xliff'], { encoding: 'utf8' });
      if (r.error) return `${SYSTEM_PYTHON} not found (${r.error.message})`;
      if (r.status !== 0) return `not importable from ${SYSTEM_PYTHON}: ${r.stderr.trim().split('\n').at(-1)}`;
      return existsSync(XLIFF2PO) ? undefined : `no ${XLIFF2PO} (its converter script)`;
    },
  },
  xmllint: {
    install: 'apt-get install -y libxml2-utils',
    uses: 'validating our XLIFF against the OASIS schemas and our TMX against the TMX 1.4 DTD',
    missing: () => (spawnSync('xmllint', ['--version']).status === 0 ? undefined : 'no xmllint on PATH'),
  },
  'xliff-schemas': {
    install: 'apt-get install -y php-symfony-translation',
    uses: 'validating our XLIFF 1.2 and 2.1 against the OASIS schemas',
    missing: () => {
      const absent = XLIFF_SCHEMA_FILES.filter((f) => !existsSync(`${XLIFF_SCHEMA_DIR}/${f}`));
      return absent.length ? `no ${absent.join(', ')} in ${XLIFF_SCHEMA_DIR}` : undefined;
    },
  },
  libreoffice: {
    install: 'apt-get install -y libreoffice-writer poppler-utils',
    uses: 'rendering our DOCX with LibreOffice (soffice → PDF, read back with pdftotext)',
    missing: () => {
      if (spawnSync('soffice', ['--version']).status !== 0) return 'no soffice on PATH';
      return spawnSync('pdftotext', ['-v']).status === 0 ? undefined : 'no pdftotext on PATH';
    },
  },
  omegat: {
    install: 'apt-get install -y omegat',
    uses: 'OmegaT translating from our TMX',
    missing: () => {
      if (!existsSync(OMEGAT_JAR)) return `no OmegaT at ${OMEGAT_JAR}`;
      return spawnSync('java', ['-version']).status === 0 ? undefined : 'OmegaT is there but `java -version` fails';
    },
  },
};

const cache = new Map<Tool, string | undefined>();

/** Why `tool` cannot be used here, or undefined when it can. */
export function toolMissing(tool: Tool): string | undefined {
  if (!cache.has(tool)) cache.set(tool, TOOLS[tool].missing());
  return cache.get(tool);
}

/** The line printed for a missing tool: what is skipped and how to get it. */
export function skipLine(tool: Tool, reason: string): string {
  return `SKIP ${tool}: ${reason}; ${TOOLS[tool].uses} will not run (${TOOLS[tool].install})`;
}

/** Every tool with the reason it is missing (empty when all are there). */
export function missingTools(): Array<{ tool: Tool; reason: string }> {
  const out: Array<{ tool: Tool; reason: string }> = [];
  for (const tool of Object.keys(TOOLS) as Tool[]) {
    const reason = toolMissing(tool);
    if (reason) out.push({ tool, reason });
  }
  return out;
}

/**
 * Whether the tests that need `tool` run. Outside CI a missing tool skips them (the global setup
 * has said so once, loudly); under CI=true it throws, so the suite cannot go green by skipping.
 */
export function hasTool(tool: Tool): boolean {
  const reason = toolMissing(tool);
  if (reason === undefined) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${reason}: ${TOOLS[tool].install}`);
  return false;
}
