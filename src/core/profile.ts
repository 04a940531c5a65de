import { z } from 'zod/mini';

/** The "What domain are you sending to?" options of the Outlook.com form. */
export const RECIPIENT_DOMAINS = [
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'other',
] as const;
export type RecipientDomain = (typeof RECIPIENT_DOMAINS)[number];

/** The form's "How would you describe your company or yourself" option values, in its order. */
export const COMPANY_KINDS = [
  'Internet Service Provider (ISP)',
  'E-mail Service Provider (ESP)',
  'Windows Live Hotmail Customer',
  'Customer of an ISP other than Windows Live Hotmail',
  'University IT',
  'Business (non-marketing)',
  'Other',
] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];

export const SERVER_TYPES = ['dedicated', 'shared', 'unknown'] as const;
export type ServerType = (typeof SERVER_TYPES)[number];

/** The form's ServerType option value for each server type. */
export const SERVER_TYPE_FORM_VALUE = {
  dedicated: 'Dedicated',
  shared: 'Shared',
  unknown: 'Unknown',
} as const satisfies Record<ServerType, string>;

const text = z._default(z.string(), '');
const nonEmpty = z.string().check(z.minLength(1));

/**
 * What may sit in storage: every field present, but drafts may be incomplete (empty text, an IP
 * list with errors, no choice made yet: '' for the two choices without a neutral option).
 */
export const storedProfileSchema = z.object({
  id: nonEmpty,
  name: text,
  issueTitle: text,
  contactName: text,
  contactEmail: text,
  recipientDomain: z._default(z.enum([...RECIPIENT_DOMAINS, '']), ''),
  /** IANA zone, e.g. "Europe/Berlin"; the form's Windows id is derived when filling. */
  timezone: text,
  senderDomain: text,
  companyKind: z._default(z.enum([...COMPANY_KINDS, '']), ''),
  serverType: z._default(z.enum(SERVER_TYPES), 'unknown'),
  /** The IP list as the user typed it; see parseIpList. */
  ipList: text,
  errorMessages: text,
  website: text,
  notes: text,
  createdAt: nonEmpty,
  updatedAt: nonEmpty,
});

export type StoredProfile = z.infer<typeof storedProfileSchema>;

/** A profile that passed validateProfile: complete and ready to fill the form with. */
export type SenderProfile = StoredProfile & {
  readonly recipientDomain: RecipientDomain;
  readonly companyKind: CompanyKind;
};

export type ProfileField = keyof StoredProfile;

export interface ProfileIssue {
  readonly field: ProfileField;
  /** Names the field, says what is wrong and how to fix it. */
  readonly message: string;
}

export type ProfileValidation =
  | { readonly ok: true; readonly profile: SenderProfile }
  | { readonly ok: false; readonly issues: readonly ProfileIssue[] };

export type ProfileDraft = Partial<Omit<StoredProfile, 'id' | 'createdAt' | 'updatedAt'>>;

/**
 * A new profile: a fresh id, created and updated now, the given fields, and empty or neutral
 * defaults for the rest (server type "unknown"; no recipient domain or company choice yet). For
 * the time zone, pass defaultTimezone(<the browser's zone>).
 */
export function createProfile(draft: ProfileDraft = {}, now: Date = new Date()): StoredProfile {
  const timestamp = now.toISOString();
  return storedProfileSchema.parse({
    ...draft,
    id: crypto.randomUUID(),
    createdAt: timestamp,
    updatedAt: timestamp,
  });
}
