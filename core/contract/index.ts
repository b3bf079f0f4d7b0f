import type { z } from 'zod';
import { channel } from './channel';
import type { Channel } from './channel';
import { appChannels } from './app';
import { projectChannels } from './project';
import { alignChannels } from './align';
import { glossaryChannels } from './glossary';
import { glossaryEditChannels } from './glossary-edit';
import { glossaryFolderChannels } from './glossary-folder';
import { exportChannels } from './export';
import { deeplChannels } from './deepl';
import { spellingChannels } from './spelling';
import { ContractError, describeIssues } from './errors';
import type { MenuCommand, MenuCommandListener } from './events';

/**
 * The one IPC contract. Each domain adds its channels in its own file (one spread per domain:
 * app, project, align, glossary, export, deepl); main, preload, the web bridge and tests all
 * derive from this object.
 */
export const contract = {
  ...appChannels,
  ...projectChannels,
  ...alignChannels,
  ...glossaryChannels,
  ...glossaryEditChannels,
  ...glossaryFolderChannels,
  ...exportChannels,
  ...deeplChannels,
  ...spellingChannels,
} as const satisfies Record<string, Channel>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What a caller sends (defaults not yet applied). */
export type Request<K extends ChannelName> = z.input<Contract[K]['request']>;
/** What a handler receives after validation (defaults applied). */
export type ValidRequest<K extends ChannelName> = z.output<Contract[K]['request']>;
export type Response<K extends ChannelName> = z.output<Contract[K]['response']>;

/** One async method per channel, as callers (renderer, tests) see them. */
export type ChannelMethods = { [K in ChannelName]: (request: Request<K>) => Promise<Response<K>> };

/**
 * What the renderer sees as `window.duizhao` (desktop) or gets from the web bridge: one async
 * method per channel, plus a subscription to menu commands (returns an unsubscribe function;
 * in web mode there are no native menus and it never fires).
 */
export type Api = ChannelMethods & { onMenuCommand(listener: MenuCommandListener): () => void };

/** The implementation side: one handler per channel, receiving validated requests. */
export type Handlers = { [K in ChannelName]: (request: ValidRequest<K>) => Promise<Response<K>> };

export const channelNames = Object.keys(contract) as ChannelName[];

/** True for a string that names a channel of the contract (use before indexing with input from outside). */
export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Validate a request against its channel's schema; throws ContractError naming the bad paths. */
export function validateRequest<K extends ChannelName>(name: K, payload: unknown): ValidRequest<K> {
  const result = contract[name].request.safeParse(payload);
  if (!result.success) throw new ContractError(name, describeIssues(result.error));
  return result.data as ValidRequest<K>;
}

/**
 * Validate then call the handler: the single entry point both the Electron IPC layer and the web
 * bridge use, so no path reaches a handler with an unchecked request.
 */
export async function dispatch(handlers: Handlers, name: string, payload: unknown): Promise<unknown> {
  if (!isChannelName(name)) throw new ContractError(name, ['unknown channel']);
  const request = validateRequest(name, payload);
  // The union of handler types is not callable as one; validation above is what makes this sound.
  const handler = handlers[name] as (request: unknown) => Promise<unknown>;
  return handler(request);
}

export { channel, ContractError };
export type { Channel, MenuCommand };
export * from './events';
export * from './web';
export { openedProjectSchema, recentItemSchema } from './project';
export { EXPORT_FORMATS, exportFormatSchema, exportOptionsSchema } from './export';
export type { ExportFormatName, ExportOptionsInput } from './export-types';
