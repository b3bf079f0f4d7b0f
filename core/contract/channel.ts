import type { z } from 'zod';

/**
 * One IPC channel: a runtime schema for the request and one for the response. Main registers a
 * handler per channel, preload exposes one method per channel, the web bridge serves the same
 * channels over HTTP, and tests call them directly — all derived from `contract` in ./index.ts.
 */
export interface Channel<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
}

export function channel<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): Channel<Req, Res> {
  return { request, response };
}
