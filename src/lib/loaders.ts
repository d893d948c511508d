import type { Loader } from 'astro/loaders';
import { COMPARISONS_DIR, ROLES_FILE, readComparisons, readRoles } from './data-files';

/**
 * Content loaders for the typed data in `src/data/`. They validate with the project's own parsers so
 * that a bad file fails the build with a message naming the file, table, row and field.
 */
export function rolesLoader(file = ROLES_FILE): Loader {
  return {
    name: 'roles-loader',
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(file);
      store.clear();
      for (const role of readRoles(file)) {
        store.set({ id: role.id, data: await parseData({ id: role.id, data: role }) });
      }
    },
  };
}

export function comparisonsLoader(dir = COMPARISONS_DIR): Loader {
  return {
    name: 'comparisons-loader',
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(dir);
      store.clear();
      for (const table of readComparisons(dir)) {
        store.set({ id: table.id, data: await parseData({ id: table.id, data: table }) });
      }
    },
  };
}
