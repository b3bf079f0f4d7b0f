import { z } from 'zod';
import { channel } from './channel';

/**
 * The one IPC contract. Each domain adds its channels here (one spread per domain file); main,
 * preload, the web bridge and tests all derive from this object.
 */
export const contract = {
  'app:info': channel(z.object({}), z.object({ version: z.string(), webMode: z.boolean() })),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type Request<K extends ChannelName> = z.input<Contract[K]['request']>;
export type Response<K extends ChannelName> = z.output<Contract[K]['response']>;

/** What the renderer sees as `window.duizhao`: one async method per channel. */
export type Api = { [K in ChannelName]: (request: Request<K>) => Promise<Response<K>> };

export const channelNames = Object.keys(contract) as ChannelName[];
export { channel };
