// The npm `xliff` package ships no types; this is the one function the tests use.
declare module 'xliff' {
  export function xliff2js(
    xml: string,
  ): Promise<{
    xliffVersion?: string;
    sourceLanguage: string;
    targetLanguage: string;
    resources: Record<string, Record<string, { source: unknown; target?: unknown; additionalAttributes?: Record<string, string> }>>;
  }>;
}
