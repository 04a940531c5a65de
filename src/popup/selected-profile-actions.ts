import { parseIpList } from '../core/ip-list';
import type { StoredProfile } from '../core/profile';
import { t } from '../shared/i18n';
import {
  type ProfileFields,
  type StoreResult,
  updateProfile,
} from '../shared/storage/profile-store';
import { failure } from '../shared/storage/store-result';

/** What the popup's panels may do to the profile selected in the popup. */
export interface SelectedProfileActions {
  /** Changes fields of the selected profile in the store (based on its current stored state). */
  readonly updateSelectedProfile: (
    patch: Partial<ProfileFields>,
  ) => Promise<StoreResult<StoredProfile>>;
  /** Appends the IPs the list does not have yet; resolves with the ones added and the ones already there. */
  readonly addIps: (
    ips: readonly string[],
  ) => Promise<StoreResult<{ added: string[]; present: string[] }>>;
  /** Appends a bounce to the error messages (unless already there): nothing typed before is dropped. */
  readonly useAsErrorMessages: (text: string) => Promise<StoreResult<StoredProfile>>;
}

const canonical = (text: string): string | undefined => parseIpList(text).entries[0]?.canonical;

/** The IP list text with `ips` appended after a "; ", skipping those it already has. */
export function appendIps(
  list: string,
  ips: readonly string[],
): { text: string; added: string[]; present: string[] } {
  const have = new Set(parseIpList(list).entries.map((entry) => entry.canonical));
  const added: string[] = [];
  const present: string[] = [];
  for (const ip of ips) {
    const form = canonical(ip) ?? ip.trim();
    if (have.has(form)) present.push(ip);
    else {
      have.add(form);
      added.push(form);
    }
  }
  const head = list.trimEnd().replace(/[;,]$/, '');
  const text = added.length === 0 ? list : [head, ...added].filter(Boolean).join('; ');
  return { text, added, present };
}

export function appendErrorMessages(existing: string, text: string): string {
  const bounce = text.trim();
  if (!bounce || existing.includes(bounce)) return existing;
  return existing.trim() ? `${existing.trimEnd()}\n\n${bounce}` : bounce;
}

export function selectedProfileActions(
  getSelected: () => StoredProfile | undefined,
): SelectedProfileActions {
  const noneSelected = () => failure('not-found', t('popupNoProfileSelected'));
  const updateSelectedProfile = (patch: Partial<ProfileFields>) => {
    const profile = getSelected();
    return profile ? updateProfile(profile.id, patch) : Promise.resolve(noneSelected());
  };
  return {
    updateSelectedProfile,
    async addIps(ips) {
      const profile = getSelected();
      if (!profile) return noneSelected();
      let outcome = { added: [] as string[], present: [] as string[] };
      const result = await updateProfile(profile.id, (current) => {
        const { text, ...counts } = appendIps(current.ipList, ips);
        outcome = counts;
        return { ipList: text };
      });
      return result.ok ? { ok: true, value: outcome } : result;
    },
    useAsErrorMessages(text) {
      const profile = getSelected();
      if (!profile) return Promise.resolve(noneSelected());
      return updateProfile(profile.id, (current) => ({
        errorMessages: appendErrorMessages(current.errorMessages, text),
      }));
    },
  };
}
