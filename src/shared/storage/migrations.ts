import { SCHEMA_VERSION_KEY } from './storage-keys';
import {
  type AreaSnapshot,
  applyPatch,
  emptyPatch,
  mergePatches,
  type StoragePatch,
} from './storage-patch';

/**
 * One step of the stored layout's history. Steps run in order, each once, from the stored
 * `schemaVersion` to the newest; a step sees the snapshot as the previous steps left it.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly migrate: (snapshot: AreaSnapshot) => StoragePatch;
}

/**
 * Append new steps at the end; never edit or reorder shipped ones. Version 1 is the first shipped
 * layout (one `profile:<id>` key per profile, `defaultProfileId`), so an unversioned store only
 * needs its version recorded.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'profiles-one-key-each', migrate: () => emptyPatch() },
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export type MigrationPlan =
  | { readonly kind: 'current' }
  | {
      readonly kind: 'migrate';
      readonly from: number;
      readonly to: number;
      readonly applied: string[];
      readonly patch: StoragePatch;
    }
  /** Written by a newer version of the extension (e.g. through browser sync): leave it alone. */
  | { readonly kind: 'newer'; readonly stored: number; readonly known: number };

/** The stored layout version; 0 for a store written before versions were recorded. */
export function storedVersion(snapshot: AreaSnapshot): number {
  const value = snapshot[SCHEMA_VERSION_KEY];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

export function planMigrations(
  snapshot: AreaSnapshot,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationPlan {
  const known = migrations.at(-1)?.version ?? 0;
  const from = storedVersion(snapshot);
  if (from > known) return { kind: 'newer', stored: from, known };
  if (from === known && snapshot[SCHEMA_VERSION_KEY] === known) return { kind: 'current' };
  let patch = emptyPatch();
  let current = snapshot;
  const applied: string[] = [];
  for (const step of migrations) {
    if (step.version <= from) continue;
    const stepPatch = step.migrate(current);
    current = applyPatch(current, stepPatch);
    patch = mergePatches(patch, stepPatch);
    applied.push(step.name);
  }
  patch = mergePatches(patch, { set: { [SCHEMA_VERSION_KEY]: known }, remove: [] });
  return { kind: 'migrate', from, to: known, applied, patch };
}
