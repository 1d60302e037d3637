/**
 * Several collections open at once: the current one (editable; its folder is the `collectionsDir`
 * setting) and others the user added through main's folder dialog, listed read-only until made current.
 * The renderer never names a folder of its own: it can only pick one of those main already holds.
 */
import path from 'node:path';
import { z } from 'zod';
import type { CollectionListing } from '../../shared/collections/format';
import type { OpenCollections } from '../../shared/ipc/channels/collections';
import { HandlerError } from '../../shared/ipc/errors';
import { errorMessage } from '../../shared/values';
import type { MainDeps } from '../deps';

const documentSchema = z.object({ others: z.array(z.string()).default([]) });

export interface OpenCollectionsDeps {
  readonly current: () => string;
  /** Makes a folder the current collection (and starts watching it). */
  readonly makeCurrent: (dir: string) => Promise<void>;
  /** Lists a folder that is not the current one, read-only. */
  readonly listOther: (dir: string) => Promise<CollectionListing>;
  readonly pickFolder: () => Promise<string | null>;
}

export function createOpenCollections(document: Pick<MainDeps, 'openDocument'>, deps: OpenCollectionsDeps) {
  const store = document.openDocument({
    name: 'open-collections',
    schema: documentSchema,
    defaults: { others: [] },
    label: 'your open collections',
  });
  const others = () => store.read().others.filter((dir) => path.resolve(dir) !== path.resolve(deps.current()));
  const write = (list: readonly string[]) => store.write({ others: [...new Set(list)] });
  const known = (dir: string) => {
    if (!others().includes(dir))
      throw new HandlerError('not-found', `${dir} is not one of the open collections. Add it with "Add collection…".`);
  };

  const view = async (): Promise<OpenCollections> => ({
    current: deps.current(),
    others: await Promise.all(
      others().map(async (dir) => {
        try {
          return { dir, listing: await deps.listOther(dir), error: null };
        } catch (error) {
          // A folder deleted or unreadable under the app: listed with why, never dropped silently.
          return { dir, listing: null, error: errorMessage(error) };
        }
      }),
    ),
  });

  return {
    view,
    async add(): Promise<OpenCollections | null> {
      const dir = await deps.pickFolder();
      if (!dir) return null;
      if (path.resolve(dir) !== path.resolve(deps.current())) write([...others(), dir]);
      return view();
    },
    async remove(dir: string): Promise<OpenCollections> {
      known(dir);
      write(others().filter((other) => other !== dir));
      return view();
    },
    async switchTo(dir: string): Promise<OpenCollections> {
      known(dir);
      const previous = deps.current();
      write([...others().filter((other) => other !== dir), previous]);
      await deps.makeCurrent(dir);
      return view();
    },
  };
}
