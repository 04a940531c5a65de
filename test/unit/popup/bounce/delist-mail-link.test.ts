import { describe, expect, it } from 'vitest';
import { delistMailLink, MAILTO_LIMIT } from '../../../../src/popup/bounce/delist-mail-link';

const mail = (bounce: string) => ({
  to: 'delist@microsoft.com',
  subject: 'Delisting request for 185.23.4.17',
  body: (text: string) => `Hello,\n\n${text}\n`,
  bounce,
  cutMark: '[cut]',
});

describe('delistMailLink', () => {
  it('keeps a short bounce whole', () => {
    const { href, shortened } = delistMailLink(
      mail('550 5.7.511 Access denied, banned sender[185.23.4.17].'),
    );
    expect(shortened).toBe(false);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('delist@microsoft.com');
    expect(url.searchParams.get('body')).toBe(
      'Hello,\n\n550 5.7.511 Access denied, banned sender[185.23.4.17].\n',
    );
  });

  it('cuts a long bounce to the longest head that fits and marks the cut', () => {
    const bounce = `550 5.7.511 banned sender[185.23.4.17]. ${'word '.repeat(1000)}`;
    const { href, shortened } = delistMailLink(mail(bounce));
    expect(shortened).toBe(true);
    expect(href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(href.length).toBeGreaterThan(MAILTO_LIMIT - 20);
    const body = new URL(href).searchParams.get('body') ?? '';
    expect(body.startsWith('Hello,\n\n550 5.7.511 banned sender[185.23.4.17]. word')).toBe(true);
    expect(body.endsWith('\n[cut]\n')).toBe(true);
  });

  it('never cuts inside a character that needs two code units', () => {
    const { href } = delistMailLink(mail('😀'.repeat(2000)));
    expect(href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(() => decodeURIComponent(href)).not.toThrow();
  });
});
