import type { z } from 'zod';

/**
 * A request that does not match its channel's schema. The message names the channel and the
 * JSON paths at fault but never quotes the user's text (it may be a confidential draft).
 */
export class ContractError extends Error {
  constructor(readonly channelName: string, readonly issues: string[]) {
    super(`Invalid request for ${channelName}: ${issues.join('; ')}`);
    this.name = 'ContractError';
  }
}

/** One line per issue: "project.source.paragraphs.0.id: Invalid input: expected string". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 10).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
