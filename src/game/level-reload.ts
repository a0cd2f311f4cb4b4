/**
 * Level hot reload (development): when the catalog changes because a level file was edited,
 * the level being played restarts with the new text, or the error screen shows what broke.
 * A fixed level on the error screen starts again by itself.
 */
import type { CatalogEntry, LevelCatalog } from '../levels/catalog.ts';
import type { AppStore } from '../state/app-store.ts';

function signature(entry: CatalogEntry | undefined): string {
  return entry ? JSON.stringify([entry.level, entry.problems]) : '';
}

/** Restarts or reports the current level when its file changes; returns the unsubscribe. */
export function watchLevelFiles(app: AppStore, catalog: LevelCatalog): () => void {
  let seen = new Map(catalog.entries().map((entry) => [entry.key, signature(entry)]));
  return catalog.subscribe(() => {
    const before = seen;
    seen = new Map(catalog.entries().map((entry) => [entry.key, signature(entry)]));
    const screen = app.getState().screen;
    if (screen.name !== 'desk' && screen.name !== 'error') return;
    const entry = catalog.byKey(screen.levelKey);
    if (before.get(screen.levelKey) === seen.get(screen.levelKey)) return;
    if (!entry) app.getState().show({ name: 'menu' });
    else if (entry.level) app.getState().show({ name: 'desk', levelKey: entry.key });
    else app.getState().show({ name: 'error', levelKey: entry.key });
  });
}
