// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDomain, toAsciiDomain } from '../../../src/core/domain';
import {
  defaultTimezone,
  ianaTimezones,
  isIanaTimezone,
  windowsTimezoneFor,
} from '../../../src/core/timezone';

describe('toAsciiDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Mail.Example.COM.', 'mail.example.com'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['ÄÖÜ.de', 'xn--4ca0bs.de'],
    ['例え.テスト', 'xn--r8jz45g.xn--zckzah'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    [' example.org ', 'example.org'],
  ])('%s → %s', (input, ascii) => {
    expect(toAsciiDomain(input)).toBe(ascii);
  });

  it.each([
    ['', /is empty/],
    ['exa mple.com', /contains spaces/],
    ['bob@example.com', /e-mail address.*: example\.com/],
    ['https://example.com/path', /web address.*: example\.com/],
    ['example.com:25', /web address/],
    ['8.8.8.8', /is an IP address/],
    ['1.2', /ends in a number/],
    ['localhost', /has no dot/],
    ['a..b', /empty part/],
    ['-a.com', /"-a", which is not allowed/],
    ['exa_mple.com', /"exa_mple", which is not allowed/],
    [`${'a'.repeat(64)}.com`, /at most 63 characters/],
    [`${'abcdefghi.'.repeat(26)}com`, /longer than the 253 characters/],
    ['ex%41mple.com', /characters a domain cannot have/],
  ])('rejects %j', (input, message) => {
    const result = checkDomain(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
    expect(toAsciiDomain(input)).toBeUndefined();
  });
});

describe('time zones', () => {
  it.each([
    ['Europe/Berlin', 'W. Europe Standard Time'],
    ['Europe/London', 'GMT Standard Time'],
    ['Asia/Jerusalem', 'Israel Standard Time'],
    ['Asia/Shanghai', 'China Standard Time'],
    ['Asia/Tokyo', 'Tokyo Standard Time'],
    ['Asia/Bangkok', 'SE Asia Standard Time'],
    ['Asia/Novosibirsk', 'N. Central Asia Standard Time'],
    ['Europe/Prague', 'Central Europe Standard Time'],
    ['America/New_York', 'Eastern Standard Time'],
    ['Asia/Kolkata', 'India Standard Time'],
    ['Asia/Calcutta', 'India Standard Time'],
    ['Europe/Kyiv', 'FLE Standard Time'],
    ['America/Ciudad_Juarez', 'Mountain Standard Time'],
    ['UTC', 'UTC'],
    ['Etc/UTC', 'UTC'],
  ])('%s is %s on Windows', (iana, windows) => {
    expect(isIanaTimezone(iana)).toBe(true);
    expect(windowsTimezoneFor(iana)).toBe(windows);
  });

  it('knows no Windows id for what is not a zone', () => {
    expect(isIanaTimezone('Mars/Olympus')).toBe(false);
    expect(isIanaTimezone('+01:00')).toBe(false);
    expect(windowsTimezoneFor('Mars/Olympus')).toBeUndefined();
  });

  it('offers only zones the form can take, UTC first', () => {
    const zones = ianaTimezones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Berlin');
    expect(zones.length).toBeGreaterThan(300);
    expect(zones).not.toContain('Antarctica/Troll');
  });

  it('defaults to the browser zone when the form can take it, else UTC', () => {
    expect(defaultTimezone('America/Chicago')).toBe('America/Chicago');
    expect(defaultTimezone('Antarctica/Troll')).toBe('UTC');
    expect(defaultTimezone(undefined)).toBe('UTC');
  });
});
