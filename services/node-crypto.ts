import type * as NodeCrypto from 'node:crypto';

/**
 * node:crypto, loaded on first use. Loading it costs ~4 ms of CPU, a twentieth of a short CLI run
 * (`align` on two sentences, docs/decisions/0003 seventh round), and most runs hash nothing: the
 * services that hash or draw random names call this instead of importing the module at start-up.
 */
export function nodeCrypto(): typeof NodeCrypto {
  return process.getBuiltinModule('node:crypto');
}
