/** A snapshot of one storage area: every key and value as `get(null)` returned them. */
export type AreaSnapshot = Readonly<Record<string, unknown>>;

/** Changes to one storage area, written with one `set` and one `remove`. */
export interface StoragePatch {
  readonly set: Record<string, unknown>;
  readonly remove: string[];
}

export const emptyPatch = (): StoragePatch => ({ set: {}, remove: [] });

export const isEmptyPatch = (patch: StoragePatch): boolean =>
  Object.keys(patch.set).length === 0 && patch.remove.length === 0;

/** `later` applied after `earlier`, as one patch. */
export function mergePatches(earlier: StoragePatch, later: StoragePatch): StoragePatch {
  const set = { ...earlier.set };
  for (const key of later.remove) delete set[key];
  Object.assign(set, later.set);
  const remove = [...earlier.remove.filter((key) => !(key in later.set)), ...later.remove];
  return { set, remove: [...new Set(remove)] };
}

/** The snapshot as it will read after the patch. */
export function applyPatch(snapshot: AreaSnapshot, patch: StoragePatch): AreaSnapshot {
  const next: Record<string, unknown> = { ...snapshot };
  for (const key of patch.remove) delete next[key];
  return Object.assign(next, patch.set);
}
