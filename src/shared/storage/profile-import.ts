import { createProfile, type StoredProfile, storedProfileSchema } from '../../core/profile';
import { t } from '../i18n';
import { describeIssues } from './decode-profiles';
import {
  PROFILE_FILE_FORMAT,
  PROFILE_FILE_MAX_BYTES,
  PROFILE_FILE_VERSION,
  profileFileSchema,
} from './profile-file';
import { type StoreResult, success } from './store-result';
import { mutate, nextTimestamp } from './store-transaction';

export type ClashChoice = 'keep-both' | 'replace' | 'skip';

export type ImportItem =
  | {
      readonly kind: 'invalid';
      readonly index: number;
      readonly name?: string;
      readonly message: string;
    }
  | { readonly kind: 'new'; readonly index: number; readonly profile: StoredProfile }
  /** Same content as a stored profile: nothing to do. */
  | {
      readonly kind: 'unchanged';
      readonly index: number;
      readonly profile: StoredProfile;
      readonly existing: StoredProfile;
    }
  /** Same name (or the same id) as a stored profile: the user chooses. */
  | {
      readonly kind: 'clash';
      readonly index: number;
      readonly profile: StoredProfile;
      readonly existing: StoredProfile;
    };

export type ImportPlan =
  | { readonly ok: true; readonly items: ImportItem[] }
  | { readonly ok: false; readonly message: string };

const sameName = (a: string, b: string): boolean =>
  a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;

const sameContent = (a: StoredProfile, b: StoredProfile): boolean => {
  const { createdAt: _a1, updatedAt: _a2, ...restA } = a;
  const { createdAt: _b1, updatedAt: _b2, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify({ ...restB, id: restA.id });
};

const nameOf = (raw: unknown): string | undefined =>
  typeof raw === 'object' && raw !== null && 'name' in raw && typeof raw.name === 'string'
    ? raw.name
    : undefined;

/**
 * Reads a backup file and says, per profile, what importing it would do. Writes nothing: a file
 * that cannot be read at all yields one message, and the store is untouched either way.
 */
export function planImport(
  text: string,
  existing: readonly StoredProfile[],
  now: string,
): ImportPlan {
  if (text.length > PROFILE_FILE_MAX_BYTES)
    return { ok: false, message: t('storageImportTooLarge') };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: t('storageImportNotJson', error instanceof Error ? error.message : String(error)),
    };
  }
  const file = profileFileSchema.safeParse(json);
  if (!file.success) {
    return {
      ok: false,
      message: t('storageImportNotBackup', [
        PROFILE_FILE_FORMAT,
        describeIssues(file.error.issues),
      ]),
    };
  }
  if (file.data.version > PROFILE_FILE_VERSION) {
    return {
      ok: false,
      message: t('storageImportNewerFile', [
        String(file.data.version),
        String(PROFILE_FILE_VERSION),
      ]),
    };
  }
  const seenIds = new Map<string, number>();
  const items = file.data.profiles.map((raw, index): ImportItem => {
    const name = nameOf(raw);
    const filled =
      typeof raw === 'object' && raw !== null ? { createdAt: now, updatedAt: now, ...raw } : raw;
    const withId =
      typeof filled === 'object' && filled !== null && !('id' in filled)
        ? { ...filled, id: createProfile().id }
        : filled;
    const parsed = storedProfileSchema.safeParse(withId);
    if (!parsed.success) {
      return {
        kind: 'invalid',
        index,
        ...(name ? { name } : {}),
        message: describeIssues(parsed.error.issues),
      };
    }
    const profile = parsed.data;
    const earlier = seenIds.get(profile.id);
    if (earlier !== undefined) {
      return {
        kind: 'invalid',
        index,
        name: profile.name,
        message: t('storageImportDuplicateId', String(earlier + 1)),
      };
    }
    seenIds.set(profile.id, index);
    const match =
      existing.find((p) => p.id === profile.id) ??
      existing.find((p) => sameName(p.name, profile.name));
    if (!match) return { kind: 'new', index, profile };
    return sameContent(profile, match)
      ? { kind: 'unchanged', index, profile, existing: match }
      : { kind: 'clash', index, profile, existing: match };
  });
  return { ok: true, items };
}

export interface ImportOutcome {
  readonly added: string[];
  readonly replaced: string[];
  readonly skipped: string[];
}

/** "Acme (2)", "Acme (3)"… the first name no profile has. */
export function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.some((other) => sameName(other, name))) return name;
  for (let n = 2; ; n++) {
    const candidate = t('profileNumberedName', [name, String(n)]);
    if (!taken.some((other) => sameName(other, candidate))) return candidate;
  }
}

/**
 * Applies a plan with the user's choice for each clash (index → choice; a clash without a choice
 * is skipped). Checked again against the store as it is at write time, in one write: all or nothing.
 */
export function applyImport(
  plan: readonly ImportItem[],
  choices: Readonly<Record<number, ClashChoice>>,
): Promise<StoreResult<ImportOutcome>> {
  return mutate((snapshot, now) => {
    const stored = new Map(snapshot.decoded.profiles.map((p) => [p.id, p]));
    const upsert: StoredProfile[] = [];
    const outcome: ImportOutcome = { added: [], replaced: [], skipped: [] };
    const names = () => [...stored.values()].map((p) => p.name);
    const add = (profile: StoredProfile) => {
      const fresh = stored.has(profile.id) ? { ...profile, id: createProfile().id } : profile;
      const named = { ...fresh, name: uniqueName(fresh.name, names()) };
      stored.set(named.id, named);
      upsert.push(named);
      outcome.added.push(named.name);
    };
    for (const item of plan) {
      if (item.kind === 'invalid' || item.kind === 'unchanged') continue;
      if (item.kind === 'new') {
        add(item.profile);
        continue;
      }
      const choice = choices[item.index] ?? 'skip';
      if (choice === 'skip') outcome.skipped.push(item.profile.name);
      else if (choice === 'keep-both') add(item.profile);
      else {
        const target = stored.get(item.existing.id);
        if (!target) {
          add(item.profile);
          continue;
        }
        const replaced = {
          ...item.profile,
          id: target.id,
          createdAt: target.createdAt,
          updatedAt: nextTimestamp(now, target.updatedAt),
        };
        stored.set(target.id, replaced);
        upsert.push(replaced);
        outcome.replaced.push(replaced.name);
      }
    }
    return success({ change: { upsert }, value: outcome });
  });
}
