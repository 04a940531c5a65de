import { z } from 'zod/mini';
import type { StoredProfile } from '../../core/profile';

/**
 * The backup file format, documented in docs/profile-file-format.md. Bump the version only for a
 * change older readers would misread, and keep reading every earlier version.
 */
export const PROFILE_FILE_FORMAT = 'delist-assistant-profiles';
export const PROFILE_FILE_VERSION = 1;
/** Far above any real set of profiles; refuses what is certainly not a backup before parsing it. */
export const PROFILE_FILE_MAX_BYTES = 5 * 1024 * 1024;

export const profileFileSchema = z.object({
  format: z.literal(PROFILE_FILE_FORMAT),
  version: z.int().check(z.positive()),
  exportedAt: z.optional(z.string()),
  /** Each entry is validated on its own, so one bad profile does not hide the others. */
  profiles: z.array(z.unknown()),
});

export interface ProfileFile {
  readonly format: typeof PROFILE_FILE_FORMAT;
  readonly version: typeof PROFILE_FILE_VERSION;
  readonly exportedAt: string;
  readonly profiles: readonly StoredProfile[];
}

export function serializeProfiles(profiles: readonly StoredProfile[], exportedAt: string): string {
  const file: ProfileFile = {
    format: PROFILE_FILE_FORMAT,
    version: PROFILE_FILE_VERSION,
    exportedAt,
    profiles,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `delist-assistant-profiles-2026-03-01.json` */
export const exportFileName = (exportedAt: string): string =>
  `${PROFILE_FILE_FORMAT}-${exportedAt.slice(0, 10)}.json`;
