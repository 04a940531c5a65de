import { resolve } from 'node:path';

interface ModuleGraph {
  getModuleInfo(
    id: string,
  ): { readonly isEntry: boolean; readonly importedIds: readonly string[] } | null;
}

/** Every module `entry` needs before it runs: its static imports, transitively. */
function staticClosure(graph: ModuleGraph, entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * Chunking for the page users open most. Each chunk costs the popup a request before it can
 * paint (measured with 50 profiles: its eight startup chunks painted 20-50 ms later than these),
 * so its startup code goes into two chunks: what it shares with the service worker, and the rest.
 * Entries stay out of both: the options page imports from them and must not run the popup.
 */
export function popupStartupChunks(root: string) {
  const popup = resolve(root, 'src/popup/index.html');
  const popupScript = resolve(root, 'src/popup/main.tsx');
  const background = resolve(root, 'src/background/index.ts');
  const closures = new WeakMap<ModuleGraph, { popup: Set<string>; background: Set<string> }>();
  const closuresOf = (graph: ModuleGraph) => {
    let found = closures.get(graph);
    if (!found) {
      found = { popup: staticClosure(graph, popup), background: staticClosure(graph, background) };
      closures.set(graph, found);
    }
    return found;
  };
  const startupCode = (id: string, graph: ModuleGraph): boolean =>
    id !== popupScript && !graph.getModuleInfo(id)?.isEntry && closuresOf(graph).popup.has(id);
  return {
    groups: [
      {
        // First, so that the service worker never loads the popup's own code.
        debugName: 'shared-startup',
        priority: 2,
        name: (id: string, graph: ModuleGraph) =>
          startupCode(id, graph) && closuresOf(graph).background.has(id) ? 'shared-startup' : null,
      },
      {
        debugName: 'popup-startup',
        priority: 1,
        name: (id: string, graph: ModuleGraph) => (startupCode(id, graph) ? 'popup-startup' : null),
      },
    ],
  };
}
