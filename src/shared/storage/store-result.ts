import type { StoredProfile } from '../../core/profile';

export type StoreErrorCode =
  /** The profile changed in another window since the editor loaded it. */
  | 'conflict'
  | 'not-found'
  /** Rejected by the stored-profile schema. */
  | 'invalid'
  /** One profile is larger than a browser-sync item may be, even with its long texts kept local. */
  | 'too-large'
  /** Browser sync's total size or item count would be exceeded. */
  | 'quota'
  /** The browser refused a sync write (offline quota, rate limit, sync turned off...). */
  | 'sync'
  /** The stored profiles were written by a newer version of the extension. */
  | 'newer-version';

export interface StoreError {
  readonly code: StoreErrorCode;
  /** For the user: what happened and what to do. */
  readonly message: string;
  /** With 'conflict': the profile as it is stored now (undefined if it was deleted). */
  readonly current?: StoredProfile;
}

export type StoreResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: StoreError };

export const success = <T>(value: T): StoreResult<T> => ({ ok: true, value });
export const failure = <T = never>(
  code: StoreErrorCode,
  message: string,
  current?: StoredProfile,
): StoreResult<T> => ({
  ok: false,
  error: { code, message, ...(current ? { current } : {}) },
});
