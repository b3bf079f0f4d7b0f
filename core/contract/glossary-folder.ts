import { z } from 'zod';
import { channel } from './channel';

/**
 * Choosing a project's team glossary folder. The path never comes from the page: on the desktop
 * main shows a folder dialog and remembers what the user picked; in web mode the page picks one of
 * the workspace's folders main listed. The answer is the reference the project stores
 * (settings.glossaryFolder) and sends back in `glossary:load`.
 */
export const glossaryFolderChannels = {
  /** What the page can offer: web mode lists the workspace's folders; the desktop has a dialog instead. */
  'glossary:folderChoices': channel(z.object({}), z.object({ dialog: z.boolean(), folders: z.array(z.string()) })),
  /** Desktop: shows the dialog (`name` ignored). Web: `name` must be one of the listed folders. null = cancelled. */
  'glossary:chooseFolder': channel(z.object({ name: z.string().max(255).nullable().default(null) }), z.object({ folder: z.string().nullable() })),
};
