// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  COMPANY_KINDS,
  createProfile,
  RECIPIENT_DOMAINS,
  SERVER_TYPE_FORM_VALUE,
  SERVER_TYPES,
  type StoredProfile,
  storedProfileSchema,
} from '../../../src/core/profile';
import { validateProfile } from '../../../src/core/profile-validation';

const NOW = new Date('2026-03-01T10:00:00.000Z');

function complete(overrides: Partial<StoredProfile> = {}): StoredProfile {
  return {
    ...createProfile(
      {
        name: 'Relay 1',
        issueTitle: 'Mail to outlook.com refused',
        contactName: 'Ada Admin',
        contactEmail: 'postmaster@example.net',
        recipientDomain: 'hotmail.com',
        timezone: 'Europe/Berlin',
        senderDomain: 'example.net',
        companyKind: 'Internet Service Provider (ISP)',
        serverType: 'dedicated',
        ipList: '8.8.8.8; 8.8.4.0/30',
        errorMessages: "550 5.7.1 Unfortunately, messages from [8.8.8.8] weren't sent.",
        website: 'https://example.net',
      },
      NOW,
    ),
    ...overrides,
  };
}

const issuesOf = (input: unknown) => {
  const result = validateProfile(input);
  return result.ok ? [] : result.issues;
};

describe('profile constants', () => {
  it('mirror the form options', () => {
    expect(RECIPIENT_DOMAINS).toEqual([
      'outlook.com',
      'hotmail.com',
      'live.com',
      'msn.com',
      'other',
    ]);
    expect(COMPANY_KINDS).toEqual([
      'Internet Service Provider (ISP)',
      'E-mail Service Provider (ESP)',
      'Windows Live Hotmail Customer',
      'Customer of an ISP other than Windows Live Hotmail',
      'University IT',
      'Business (non-marketing)',
      'Other',
    ]);
    expect(SERVER_TYPES.map((type) => SERVER_TYPE_FORM_VALUE[type])).toEqual([
      'Dedicated',
      'Shared',
      'Unknown',
    ]);
  });
});

describe('createProfile', () => {
  it('gives a fresh id, timestamps and neutral defaults', () => {
    const a = createProfile({}, NOW);
    const b = createProfile({}, NOW);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
    expect(a).toMatchObject({
      name: '',
      recipientDomain: '',
      companyKind: '',
      serverType: 'unknown',
      ipList: '',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(storedProfileSchema.parse(a)).toEqual(a);
  });

  it('keeps the given fields', () => {
    expect(createProfile({ name: 'A', timezone: 'Asia/Tokyo' }, NOW)).toMatchObject({
      name: 'A',
      timezone: 'Asia/Tokyo',
    });
  });
});

describe('storedProfileSchema', () => {
  it('accepts incomplete drafts, including an IP list with errors', () => {
    const draft = { ...createProfile({}, NOW), ipList: '10.0.0.1; 8.8.08.8' };
    expect(storedProfileSchema.safeParse(draft).success).toBe(true);
  });

  it('fills fields missing from older versions with defaults', () => {
    const { notes: _notes, website: _website, ...older } = createProfile({}, NOW);
    expect(storedProfileSchema.parse(older)).toMatchObject({ notes: '', website: '' });
  });

  it('rejects what is not a profile', () => {
    expect(storedProfileSchema.safeParse({ name: 'x' }).success).toBe(false);
    expect(
      storedProfileSchema.safeParse({ ...createProfile({}, NOW), serverType: 'big' }).success,
    ).toBe(false);
  });
});

describe('validateProfile', () => {
  it('accepts a complete profile and trims text fields', () => {
    const result = validateProfile(complete({ name: '  Relay 1 ', senderDomain: ' example.net ' }));
    expect(result.ok).toBe(true);
    expect(result.ok && result.profile).toMatchObject({
      name: 'Relay 1',
      senderDomain: 'example.net',
    });
  });

  it('keeps the IP list, error messages and notes exactly as typed', () => {
    const input = complete({ ipList: ' 8.8.8.8 ,\n1.1.1.1 ', notes: '  indented\n' });
    const result = validateProfile(input);
    expect(result.ok && result.profile.ipList).toBe(' 8.8.8.8 ,\n1.1.1.1 ');
    expect(result.ok && result.profile.notes).toBe('  indented\n');
  });

  it('accepts an internationalized sender domain', () => {
    expect(validateProfile(complete({ senderDomain: 'bücher.example' })).ok).toBe(true);
  });

  it.each([
    ['name', { name: '  ' }, /^Profile name: enter a name/],
    ['name', { name: 'x'.repeat(101) }, /^Profile name: is 101 characters long; keep it under 100/],
    ['issueTitle', { issueTitle: '' }, /^Issue title: enter a short title/],
    ['contactName', { contactName: '' }, /^Contact name: enter the name/],
    ['contactEmail', { contactEmail: '' }, /^Contact e-mail: enter the address/],
    [
      'contactEmail',
      { contactEmail: 'bob@' },
      /^Contact e-mail: "bob@" is not a complete e-mail address; write it like/,
    ],
    ['recipientDomain', { recipientDomain: '' }, /^Recipient domain: choose the Microsoft domain/],
    ['timezone', { timezone: '' }, /^Time zone: choose your time zone/],
    [
      'timezone',
      { timezone: 'Mars/Olympus' },
      /^Time zone: "Mars\/Olympus" is not a time zone name/,
    ],
    ['timezone', { timezone: '+01:00' }, /is not a time zone name/],
    ['timezone', { timezone: 'Antarctica/Troll' }, /^Time zone: Microsoft's form has no match/],
    ['senderDomain', { senderDomain: '' }, /^Sender domain: enter the domain/],
    [
      'senderDomain',
      { senderDomain: 'bob@example.net' },
      /^Sender domain: .*e-mail address.*: example\.net/,
    ],
    [
      'senderDomain',
      { senderDomain: 'https://example.net/' },
      /^Sender domain: .*web address.*: example\.net/,
    ],
    ['senderDomain', { senderDomain: 'localhost' }, /^Sender domain: .*no dot/],
    [
      'senderDomain',
      { senderDomain: 'exa_mple.net' },
      /^Sender domain: .*"exa_mple", which is not allowed/,
    ],
    ['senderDomain', { senderDomain: '8.8.8.8' }, /^Sender domain: .*is an IP address/],
    [
      'companyKind',
      { companyKind: '' },
      /^Company description: choose how Microsoft should see you/,
    ],
    ['ipList', { ipList: '' }, /^IP addresses: enter at least one outgoing IP address/],
    [
      'ipList',
      { ipList: '8.8.8.8; 192.168.1.1' },
      /^IP addresses: "192\.168\.1\.1" \(entry 2\) is a private address/,
    ],
    [
      'errorMessages',
      { errorMessages: 'x'.repeat(100_001) },
      /^Error messages: is 100,001 characters long/,
    ],
    ['website', { website: 'example.net' }, /^Website: .*write it in full: https:\/\/example\.net/],
    ['website', { website: 'ftp://example.net' }, /^Website: .*not a web page address/],
    ['website', { website: 'https://exa_mple.net' }, /^Website: its domain/],
    ['website', { website: 'not a url' }, /^Website: .*not a web address/],
    ['notes', { notes: 'x'.repeat(100_001) }, /^Notes: is 100,001 characters long/],
    ['createdAt', { createdAt: 'yesterday' }, /^Created: "yesterday" is not a date/],
  ] as const)('rejects a bad %s and says how to fix it', (field, overrides, message) => {
    const issues = issuesOf(complete(overrides as Partial<StoredProfile>));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe(field);
    expect(issues[0]?.message).toMatch(message);
  });

  it('accepts warnings in the IP list but not errors, one issue per bad entry', () => {
    expect(validateProfile(complete({ ipList: '8.8.8.77/24; 8.8.8.8' })).ok).toBe(true);
    const issues = issuesOf(complete({ ipList: '10.0.0.1; 8.8.8; 8.8.8.8' }));
    expect(issues.map((issue) => issue.field)).toEqual(['ipList', 'ipList']);
  });

  it('reports every bad field at once', () => {
    const issues = issuesOf(complete({ name: '', contactEmail: 'x', companyKind: '' }));
    expect(issues.map((issue) => issue.field)).toEqual(['name', 'contactEmail', 'companyKind']);
  });

  it('names fields of the wrong type or with unknown options', () => {
    const issues = issuesOf({
      ...complete(),
      recipientDomain: 'gmail.com',
      serverType: 3,
      name: 7,
    });
    expect(issues).toEqual([
      { field: 'name', message: 'Profile name: must be text.' },
      {
        field: 'recipientDomain',
        message:
          'Recipient domain: "gmail.com" is not one of the options; choose one of outlook.com, hotmail.com, live.com, msn.com, other.',
      },
      { field: 'serverType', message: 'Server type: choose one of dedicated, shared, unknown.' },
    ]);
    expect(issuesOf(null)).toMatchObject([{ field: 'id' }]);
  });
});
