import type { StoredProfile } from '../../src/core/profile';

const stamp = '2026-01-15T09:30:00.000Z';

/** A complete profile as a user would save it; every form field gets a value from it. */
export const RELAY_PROFILE: StoredProfile = {
  id: 'relay-berlin',
  name: 'Relay Berlin',
  issueTitle: 'Server IP listed / non-delivery to outlook.com',
  contactName: 'Jana Köhler',
  contactEmail: 'postmaster@bücher-versand.de',
  recipientDomain: 'outlook.com',
  timezone: 'Europe/Berlin',
  senderDomain: 'bücher-versand.de',
  companyKind: 'Business (non-marketing)',
  serverType: 'dedicated',
  ipList: '1.2.3.4, 5.6.7.0/28\n8.8.4.4',
  errorMessages:
    "550 5.7.1 Unfortunately, messages from [1.2.3.4] weren't sent.\n" +
    'Please contact your Internet service provider since part of their network is on our block list (S3150).',
  website: 'https://bücher-versand.de/',
  notes: '',
  createdAt: stamp,
  updatedAt: stamp,
};

/** A profile whose IP list has errors: it must not be used to fill. */
export const BROKEN_IP_PROFILE: StoredProfile = {
  ...RELAY_PROFILE,
  id: 'broken-ips',
  name: 'Broken IPs',
  ipList: '1.2.3.4; 10.0.0.7; 300.1.1.1',
};

/**
 * What the form holds after filling with RELAY_PROFILE, keyed by the spec ids, as the practice
 * pages report it. The contact e-mail is the page's read-only signed-in account, untouched.
 */
export const RELAY_FORM_VALUES = {
  IssueTitle: 'Server IP listed / non-delivery to outlook.com',
  ContactName: 'Jana Köhler',
  DomainTo: 'outlook.com',
  ContactEmail: 'operator@contoso-mail.example',
  ddlTimezones: 'W. Europe Standard Time',
  DomainFrom: 'xn--bcher-versand-wob.de',
  SelfDescription: 'Business (non-marketing)',
  IpAddresses: '1.2.3.4; 5.6.7.0/28; 8.8.4.4',
  ServerType: 'Dedicated',
  ErrorMessages: RELAY_PROFILE.errorMessages,
  WebsiteUrl: 'https://bücher-versand.de/',
};

/** The extension's storage with these profiles, the first one the default. */
export function profileStorage(...profiles: StoredProfile[]): Record<string, unknown> {
  return {
    defaultProfileId: profiles[0]?.id,
    ...Object.fromEntries(profiles.map((profile) => [`profile:${profile.id}`, profile])),
  };
}
