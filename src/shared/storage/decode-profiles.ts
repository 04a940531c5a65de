import type { z } from 'zod/mini';
import { createProfile, type StoredProfile, storedProfileSchema } from '../../core/profile';
import { makeBackup, type StorageAreaName } from './backups';
import { DEFAULT_PROFILE_KEY, profileIdOf, syncLocalKey } from './storage-keys';
import { type AreaSnapshot, emptyPatch, type StoragePatch } from './storage-patch';
import { LOCAL_ONLY_CANDIDATES, type LocalOnlyField, splitForSync, syncLimits } from './sync-quota';

export interface DecodedProfiles {
  /** Sorted by name. */
  readonly profiles: StoredProfile[];
  readonly defaultProfileId: string | null;
  /** Per profile id: fields of a synced profile that live on one device only, and whether on this one. */
  readonly localOnly: Record<string, { field: LocalOnlyField; here: boolean }[]>;
  /** Repairs and set-asides to write back: to the profile area and to storage.local. */
  readonly areaPatch: StoragePatch;
  readonly localPatch: StoragePatch;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// One collator for every comparison: creating one per call makes sorting 50 profiles cost ~10 ms.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export const byName = (a: StoredProfile, b: StoredProfile): number =>
  collator.compare(a.name, b.name) || a.createdAt.localeCompare(b.createdAt);

/** "field: message; field: message" for the user, from zod's issues. */
export const describeIssues = (issues: readonly z.core.$ZodIssue[]): string =>
  issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(value)'}: ${issue.message}`)
    .join('; ');

const TIMESTAMP_FIELDS = new Set(['createdAt', 'updatedAt']);

/**
 * A repaired copy when the damage is safe to fix: the id follows the storage key, missing or
 * unreadable timestamps become `now` (missing text fields already read as empty). A present but invalid value is never
 * replaced (that would lose what the user typed): such items are not repairable.
 */
export function repairProfile(raw: unknown, id: string, now: string): StoredProfile | undefined {
  // Without its name it is not recognisably a profile: keep it aside instead of guessing.
  if (!isRecord(raw) || typeof raw.name !== 'string') return undefined;
  const defaults = { ...createProfile(), id, createdAt: now, updatedAt: now };
  const candidate: Record<string, unknown> = { ...defaults };
  for (const [field, schema] of Object.entries(storedProfileSchema.shape)) {
    if (field === 'id' || !(field in raw) || raw[field] === undefined) continue;
    if ((schema as z.ZodMiniType).safeParse(raw[field]).success) candidate[field] = raw[field];
    else if (!TIMESTAMP_FIELDS.has(field)) return undefined;
  }
  const parsed = storedProfileSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** A synced item with this device's kept-local fields put back where the item says they are. */
function withLocalFields(
  raw: unknown,
  local: AreaSnapshot,
  id: string,
): { value: unknown; fields: { field: LocalOnlyField; here: boolean }[] } {
  if (!isRecord(raw) || !Array.isArray(raw.localFields)) return { value: raw, fields: [] };
  const kept = local[syncLocalKey(id)];
  const value: Record<string, unknown> = { ...raw };
  delete value.localFields;
  const fields: { field: LocalOnlyField; here: boolean }[] = [];
  for (const field of LOCAL_ONLY_CANDIDATES) {
    if (!raw.localFields.includes(field)) continue;
    const text = isRecord(kept) && typeof kept[field] === 'string' ? kept[field] : undefined;
    if (text !== undefined) value[field] = text;
    fields.push({ field, here: text !== undefined });
  }
  return { value, fields };
}

/**
 * Reads every profile of one area, validating each with zod. Safe repairs are written back (the
 * original kept as a backup); anything else is moved to a backup key and left out of the list.
 */
export function decodeProfiles(
  area: StorageAreaName,
  snapshot: AreaSnapshot,
  local: AreaSnapshot,
  now: string,
): DecodedProfiles {
  const areaPatch = emptyPatch();
  const localPatch = emptyPatch();
  const profiles: StoredProfile[] = [];
  const localOnly: DecodedProfiles['localOnly'] = {};
  const keepAside = (key: string, value: unknown, reason: string, repaired: boolean) => {
    const [backup, entry] = makeBackup(area, key, value, reason, repaired, now);
    localPatch.set[backup] = entry;
  };

  for (const [key, stored] of Object.entries(snapshot)) {
    const id = profileIdOf(key);
    if (id === undefined) continue;
    const { value, fields } =
      area === 'sync' ? withLocalFields(stored, local, id) : { value: stored, fields: [] };
    const parsed = storedProfileSchema.safeParse(value);
    if (parsed.success && parsed.data.id === id) {
      profiles.push(parsed.data);
      if (fields.length > 0) localOnly[id] = fields;
      continue;
    }
    const reason = parsed.success
      ? `id "${parsed.data.id}" does not match its key`
      : describeIssues(parsed.error.issues);
    const repaired = repairProfile(value, id, now);
    const rewritten =
      repaired && area === 'sync' ? splitForSync(key, repaired, syncLimits().perItem) : undefined;
    if (repaired && (!rewritten || rewritten.ok)) {
      keepAside(key, stored, reason, true);
      areaPatch.set[key] = rewritten?.ok ? rewritten.item : repaired;
      if (rewritten?.ok && Object.keys(rewritten.local).length > 0) {
        localPatch.set[syncLocalKey(id)] = rewritten.local;
      }
      profiles.push(repaired);
      continue;
    }
    keepAside(key, stored, reason, false);
    areaPatch.remove.push(key);
  }

  profiles.sort(byName);
  const storedDefault = snapshot[DEFAULT_PROFILE_KEY];
  let defaultProfileId = typeof storedDefault === 'string' ? storedDefault : null;
  if (!profiles.some((profile) => profile.id === defaultProfileId)) {
    defaultProfileId = oldest(profiles)?.id ?? null;
    if (defaultProfileId) areaPatch.set[DEFAULT_PROFILE_KEY] = defaultProfileId;
    else if (storedDefault !== undefined) areaPatch.remove.push(DEFAULT_PROFILE_KEY);
  }
  return { profiles, defaultProfileId, localOnly, areaPatch, localPatch };
}

/** The first profile the user created: it becomes the default when there is none. */
export const oldest = (profiles: readonly StoredProfile[]): StoredProfile | undefined =>
  profiles.reduce<StoredProfile | undefined>(
    (first, profile) => (!first || profile.createdAt < first.createdAt ? profile : first),
    undefined,
  );
