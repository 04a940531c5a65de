import { fakeBrowser } from '@webext-core/fake-browser';
import { createProfile, type StoredProfile } from '../../../src/core/profile';

/** A complete, valid profile; `overrides` change what a test is about. */
export function validProfile(overrides: Partial<StoredProfile> = {}): StoredProfile {
  const { id, createdAt, updatedAt, ...fields } = overrides;
  const profile = createProfile({
    name: 'Acme relays',
    issueTitle: 'Server IP listed / non-delivery to outlook.com',
    contactName: 'Jane Doe',
    contactEmail: 'postmaster@acme.example',
    recipientDomain: 'outlook.com',
    timezone: 'Europe/Berlin',
    senderDomain: 'acme.example',
    companyKind: 'Business (non-marketing)',
    serverType: 'dedicated',
    ipList: '8.8.8.8; 1.1.1.0/28',
    errorMessages: "550 5.7.1 Unfortunately, messages from [8.8.8.8] weren't sent.",
    website: 'https://acme.example',
    notes: '',
    ...fields,
  });
  return {
    ...profile,
    ...(id === undefined ? {} : { id }),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(updatedAt === undefined ? {} : { updatedAt }),
  };
}

/** Everything in both storage areas, for "nothing changed" assertions. */
export async function dumpStorage(): Promise<{
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
}> {
  return {
    local: await fakeBrowser.storage.local.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
  };
}
