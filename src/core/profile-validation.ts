import { z } from 'zod/mini';
import { checkDomain } from './domain';
import { parseIpList } from './ip-list';
import {
  COMPANY_KINDS,
  type CompanyKind,
  type ProfileField,
  type ProfileIssue,
  type ProfileValidation,
  RECIPIENT_DOMAINS,
  type RecipientDomain,
  SERVER_TYPES,
  storedProfileSchema,
} from './profile';
import { isIanaTimezone, windowsTimezoneFor } from './timezone';

// Kept apart from profile.ts: the time-zone check needs the windows-iana table, which the popup
// loads only when the editor opens.

const LABEL: Record<ProfileField, string> = {
  id: 'Profile id',
  name: 'Profile name',
  issueTitle: 'Issue title',
  contactName: 'Contact name',
  contactEmail: 'Contact e-mail',
  recipientDomain: 'Recipient domain',
  timezone: 'Time zone',
  senderDomain: 'Sender domain',
  companyKind: 'Company description',
  serverType: 'Server type',
  ipList: 'IP addresses',
  errorMessages: 'Error messages',
  website: 'Website',
  notes: 'Notes',
  createdAt: 'Created',
  updatedAt: 'Updated',
};

const LONG_TEXT = 100_000;

/** What a structural (type) problem means for a field, in plain words. */
function structureMessage(field: ProfileField, value: unknown): string {
  const got = typeof value === 'string' ? `"${value}" is not one of the options; ` : '';
  switch (field) {
    case 'recipientDomain':
      return `${got}choose one of ${RECIPIENT_DOMAINS.join(', ')}`;
    case 'companyKind':
      return `${got}choose one of: ${COMPANY_KINDS.join('; ')}`;
    case 'serverType':
      return `${got}choose one of ${SERVER_TYPES.join(', ')}`;
    case 'id':
    case 'createdAt':
    case 'updatedAt':
      return 'is missing; the profile was not created by Delist Assistant or is damaged';
    default:
      return 'must be text';
  }
}

function checkText(
  issues: ProfileIssue[],
  field: ProfileField,
  value: string,
  { required, max, hint }: { required?: string; max: number; hint?: string },
): void {
  if (required !== undefined && value === '') {
    issues.push({ field, message: `${LABEL[field]}: ${required}` });
  } else if (value.length > max) {
    issues.push({
      field,
      message: `${LABEL[field]}: is ${value.length.toLocaleString('en-US')} characters long; keep it under ${max.toLocaleString('en-US')}${hint ? ` (${hint})` : ''}.`,
    });
  }
}

function checkWebsite(value: string): string | undefined {
  const domainOnly = checkDomain(value);
  if (domainOnly.ok)
    return `"${value}" has no https:// in front; write it in full: https://${value}.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a web address; write it in full, like https://example.com.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `"${value}" is not a web page address; write it like https://example.com.`;
  }
  const host = checkDomain(url.hostname);
  return host.ok ? undefined : `its domain ${host.message}.`;
}

/**
 * Checks a profile for saving: every field the form needs is filled in and valid. Each issue
 * names the field and says how to fix it. Text fields come back trimmed; the IP list, error
 * messages and notes come back exactly as typed.
 */
export function validateProfile(input: unknown): ProfileValidation {
  const parsed = storedProfileSchema.safeParse(input);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'id')));
    return {
      ok: false,
      issues: [...fields].map((name) => {
        const field = (name in LABEL ? name : 'id') as ProfileField;
        const value =
          typeof input === 'object' && input
            ? (input as Record<string, unknown>)[field]
            : undefined;
        return { field, message: `${LABEL[field]}: ${structureMessage(field, value)}.` };
      }),
    };
  }
  const raw = parsed.data;
  const profile = {
    ...raw,
    name: raw.name.trim(),
    issueTitle: raw.issueTitle.trim(),
    contactName: raw.contactName.trim(),
    contactEmail: raw.contactEmail.trim(),
    timezone: raw.timezone.trim(),
    senderDomain: raw.senderDomain.trim(),
    website: raw.website.trim(),
  };
  const issues: ProfileIssue[] = [];

  checkText(issues, 'name', profile.name, {
    required: 'enter a name you will recognise, such as "Mail relay 1".',
    max: 100,
  });
  checkText(issues, 'issueTitle', profile.issueTitle, {
    required:
      'enter a short title for the request, such as "Mail to outlook.com rejected from our server".',
    max: 200,
  });
  checkText(issues, 'contactName', profile.contactName, {
    required: 'enter the name of the person Microsoft should answer.',
    max: 200,
  });

  if (profile.contactEmail === '') {
    issues.push({
      field: 'contactEmail',
      message: `${LABEL.contactEmail}: enter the address Microsoft should answer, like postmaster@example.com.`,
    });
  } else if (!z.email().safeParse(profile.contactEmail).success) {
    issues.push({
      field: 'contactEmail',
      message: `${LABEL.contactEmail}: "${profile.contactEmail}" is not a complete e-mail address; write it like postmaster@example.com.`,
    });
  }

  if (profile.recipientDomain === '') {
    issues.push({
      field: 'recipientDomain',
      message: `${LABEL.recipientDomain}: choose the Microsoft domain your mail was refused by (${RECIPIENT_DOMAINS.join(', ')}).`,
    });
  }

  if (profile.timezone === '') {
    issues.push({
      field: 'timezone',
      message: `${LABEL.timezone}: choose your time zone, such as Europe/Berlin.`,
    });
  } else if (!isIanaTimezone(profile.timezone)) {
    issues.push({
      field: 'timezone',
      message: `${LABEL.timezone}: "${profile.timezone}" is not a time zone name; choose one from the list, such as Europe/Berlin.`,
    });
  } else if (windowsTimezoneFor(profile.timezone) === undefined) {
    issues.push({
      field: 'timezone',
      message: `${LABEL.timezone}: Microsoft's form has no match for "${profile.timezone}"; choose a nearby city in the same time zone.`,
    });
  }

  const domain = checkDomain(profile.senderDomain);
  if (!domain.ok) {
    issues.push({
      field: 'senderDomain',
      message:
        profile.senderDomain === ''
          ? `${LABEL.senderDomain}: enter the domain your mail is sent from, like example.com.`
          : `${LABEL.senderDomain}: ${domain.message}.`,
    });
  }

  if (profile.companyKind === '') {
    issues.push({
      field: 'companyKind',
      message: `${LABEL.companyKind}: choose how Microsoft should see you, such as "${COMPANY_KINDS[0]}".`,
    });
  }

  const ips = parseIpList(profile.ipList);
  if (ips.entries.length === 0 && ips.problems.length === 0) {
    issues.push({
      field: 'ipList',
      message: `${LABEL.ipList}: enter at least one outgoing IP address of your mail server.`,
    });
  }
  for (const problem of ips.problems) {
    if (problem.severity === 'error')
      issues.push({ field: 'ipList', message: `${LABEL.ipList}: ${problem.message}` });
  }

  checkText(issues, 'errorMessages', profile.errorMessages, {
    max: LONG_TEXT,
    hint: 'keep the bounce messages themselves',
  });
  if (profile.website !== '') {
    const problem = checkWebsite(profile.website);
    if (problem) issues.push({ field: 'website', message: `${LABEL.website}: ${problem}` });
  }
  checkText(issues, 'notes', profile.notes, { max: LONG_TEXT });

  for (const field of ['createdAt', 'updatedAt'] as const) {
    if (Number.isNaN(Date.parse(profile[field]))) {
      issues.push({
        field,
        message: `${LABEL[field]}: "${profile[field]}" is not a date; the profile may be damaged.`,
      });
    }
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    profile: {
      ...profile,
      recipientDomain: profile.recipientDomain as RecipientDomain,
      companyKind: profile.companyKind as CompanyKind,
    },
  };
}
