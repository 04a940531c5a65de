import { describe, expect, it } from 'vitest';
import { HOST_MATCHES, supportedPageFor } from '../../src/forms/supported-pages';

describe('supported pages', () => {
  it('grants only https Microsoft hosts', () => {
    for (const match of HOST_MATCHES) expect(match).toMatch(/^https:\/\/[a-z0-9.-]+\.(com)\/\*$/);
    expect(HOST_MATCHES).not.toContain('<all_urls>');
  });

  it('recognizes the Outlook.com form and nothing on other hosts', () => {
    expect(supportedPageFor('https://olcsupport.office.com/?x=1')?.form).toBe(
      'outlook-sender-form',
    );
    expect(supportedPageFor('https://olcsupport.office.com:8443/')?.form).toBe(
      'outlook-sender-form',
    );
    expect(supportedPageFor('http://olcsupport.office.com/')).toBeUndefined();
    expect(supportedPageFor('https://olcsupport.office.com.evil.example/')).toBeUndefined();
    expect(supportedPageFor('https://example.com/')).toBeUndefined();
    expect(supportedPageFor('not a url')).toBeUndefined();
    expect(supportedPageFor(undefined)).toBeUndefined();
  });
});
