/**
 * botbuilder's `Storage` (read / write / delete of eTagged items) over the state file, so
 * dialog and conversation state survive a restart. The shape is botbuilder's (MemoryStorage's
 * eTag rules: `*` or none overwrites, a stale eTag is a conflict); store/ stays free of the SDK.
 */
import type { StateDb } from './stateDb.js';
import type { StorageItem } from './stateSchema.js';

export type StoreItems = Record<string, Record<string, unknown> & { eTag?: string }>;

export interface DialogStorage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

export function dialogStorage(state: StateDb): DialogStorage {
  let etag = 1;
  return {
    async read(keys) {
      const items: StoreItems = {};
      for (const key of keys) {
        const item = state.data.dialogs[key];
        if (item) items[key] = structuredClone(item);
      }
      return items;
    },

    write(changes) {
      return state.update((data) => {
        for (const [key, item] of Object.entries(changes)) {
          const old = data.dialogs[key];
          if (old && item.eTag && item.eTag !== '*' && item.eTag !== old.eTag) {
            throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
          }
        }
        for (const [key, item] of Object.entries(changes)) {
          // JSON round trip: what is kept is exactly what a restart reads back.
          const stored = JSON.parse(JSON.stringify(item)) as StorageItem;
          stored.eTag = `${Date.now().toString(36)}-${etag++}`;
          data.dialogs[key] = stored;
        }
      });
    },

    delete(keys) {
      return state.update((data) => {
        for (const key of keys) delete data.dialogs[key];
      });
    },
  };
}
