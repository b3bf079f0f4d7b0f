// core/ is type-checked without DOM or Node typings (tsconfig.core.json). These two WHATWG
// globals exist in every runtime core runs in (Node, Electron, browsers) and are all it may use.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
