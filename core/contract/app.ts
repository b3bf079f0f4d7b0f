import { z } from 'zod';
import { channel } from './channel';

/** Application-level channels: facts about the running app and its window. */
export const appChannels = {
  /** Version, whether this is the browser (web mode) build, and where the platform differs. */
  'app:info': channel(
    z.object({}),
    z.object({
      version: z.string(),
      webMode: z.boolean(),
      platform: z.string(),
      /** True until a project has been opened once: the renderer then opens the sample. */
      firstStart: z.boolean(),
      /**
       * Whether the system reports a screen reader or other assistive technology (Electron's
       * app.isAccessibilitySupportEnabled() at the call); always false in web mode, where a browser
       * cannot tell. The sentence editor's screen-reader mode follows it on "auto".
       */
      screenReader: z.boolean(),
    }),
  ),
  /**
   * The renderer reports whether the open project has unsaved changes, so main can ask before the
   * window closes (the renderer owns the undo history and therefore the dirty flag).
   */
  'app:setDirty': channel(z.object({ dirty: z.boolean() }), z.object({})),
  /** Close the window now, without the unsaved-changes prompt (after the renderer saved or discarded). */
  'app:closeWindow': channel(z.object({}), z.object({})),
};
