import { toAsciiDomain } from '../core/domain';
import { parseIpList } from '../core/ip-list';
import { SERVER_TYPE_FORM_VALUE, type StoredProfile } from '../core/profile';
import { windowsTimezoneFor } from '../core/timezone';
import type { FieldSpec, FormMap } from './form-map';
import { OUTLOOK_SENDER_FIELDS, type OutlookSenderFieldKey } from './outlook-sender-fields';
import { WINDOWS_TIMEZONE_NAMES } from './windows-timezone-names';

/** A custom dropdown shows a timezone's display name only, never its Windows id. */
const TIMEZONE_TEXTS = Object.fromEntries(
  Object.entries(WINDOWS_TIMEZONE_NAMES).map(([id, name]) => [id, [name]]),
);

type FieldValueSpec = Pick<FieldSpec<StoredProfile>, 'value' | 'optionTexts'>;

/** What goes into each field of the form (outlook-sender-fields.ts says where it is). */
const VALUES: Readonly<Record<OutlookSenderFieldKey, FieldValueSpec>> = {
  IssueTitle: {
    value: (profile) => profile.issueTitle,
  },
  ContactName: {
    value: (profile) => profile.contactName,
  },
  DomainTo: {
    value: (profile) => profile.recipientDomain,
    optionTexts: { other: ['Other', 'Andere', 'Autre', 'Otro'] },
  },
  ContactEmail: {
    value: (profile) => profile.contactEmail,
  },
  ddlTimezones: {
    value: (profile) => windowsTimezoneFor(profile.timezone) ?? '',
    optionTexts: TIMEZONE_TEXTS,
  },
  DomainFrom: {
    // A domain the check rejects goes in as typed: the page and the user see it, nothing is hidden.
    value: (profile) => toAsciiDomain(profile.senderDomain) ?? profile.senderDomain.trim(),
  },
  SelfDescription: {
    value: (profile) => profile.companyKind,
  },
  IpAddresses: {
    value: (profile) => parseIpList(profile.ipList).normalized,
  },
  ServerType: {
    value: (profile) => SERVER_TYPE_FORM_VALUE[profile.serverType],
    optionTexts: {
      Dedicated: ['Dediziert', 'Dédié', 'Dedicado'],
      Shared: ['Freigegeben', 'Partagé', 'Compartido'],
      Unknown: ['Unbekannt', 'Inconnu', 'Desconocido'],
    },
  },
  ErrorMessages: {
    value: (profile) => profile.errorMessages,
  },
  WebsiteUrl: {
    value: (profile) => profile.website,
  },
};

/** The Outlook.com sender-support form (shared/spec/outlook-sender-form.md). */
export const outlookSenderForm: FormMap<StoredProfile> = {
  form: 'outlook-sender-form',
  fields: OUTLOOK_SENDER_FIELDS.map((field) => ({ ...field, ...VALUES[field.key] })),
};
