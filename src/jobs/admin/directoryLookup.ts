/** The wizard's directory: configured entries resolved through Graph, or why they cannot be yet. */
import { GraphAuthError } from '../../sources/graph/authErrors.js';
import type { GraphConfig } from '../../sources/graph/graphConfig.js';
import { readDirectory } from '../../sources/graph/graphSource.js';
import type { DirectoryAnswer, DirectoryLookup } from './adminServices.js';

export function graphDirectoryLookup(config: GraphConfig): DirectoryLookup {
  return {
    async resolve(entries): Promise<DirectoryAnswer> {
      try {
        return { kind: 'resolved', ...(await readDirectory(config, entries)) };
      } catch (error) {
        // Before consent the directory cannot be read: that is expected while configuring, not a failure.
        if (error instanceof GraphAuthError) return { kind: 'unavailable', reason: error.message };
        throw error;
      }
    },
  };
}
