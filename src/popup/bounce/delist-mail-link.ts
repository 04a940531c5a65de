/**
 * Browsers and mail programs drop or cut `mailto:` links beyond about 2,000 characters (the
 * classic limit is 2,083): stay under it with room to spare.
 */
export const MAILTO_LIMIT = 1900;

export interface DelistMail {
  readonly to: string;
  readonly subject: string;
  /** The body around a bounce text. */
  readonly body: (bounce: string) => string;
  readonly bounce: string;
  /** Put where the bounce was cut. */
  readonly cutMark: string;
}

const mailto = (to: string, subject: string, body: string) =>
  `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

/** The first `length` characters, never ending inside a surrogate pair. */
function head(text: string, length: number): string {
  const end = length > 0 && /[\ud800-\udbff]/.test(text.charAt(length - 1)) ? length - 1 : length;
  return text.slice(0, end);
}

/**
 * A `mailto:` link with the bounce in the body, the bounce shortened (and marked so) when the
 * whole link would pass MAILTO_LIMIT.
 */
export function delistMailLink(mail: DelistMail): { href: string; shortened: boolean } {
  const full = mailto(mail.to, mail.subject, mail.body(mail.bounce));
  if (full.length <= MAILTO_LIMIT) return { href: full, shortened: false };
  const withHead = (length: number) =>
    mailto(
      mail.to,
      mail.subject,
      mail.body(`${head(mail.bounce, length).trimEnd()}\n${mail.cutMark}`),
    );
  // The longest head that fits: encoded lengths grow with the head, so a binary search finds it.
  let fits = 0;
  let tooLong = mail.bounce.length;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (withHead(middle).length <= MAILTO_LIMIT) fits = middle;
    else tooLong = middle;
  }
  return { href: withHead(fits), shortened: true };
}
