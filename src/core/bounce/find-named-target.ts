import type { NamedTarget } from './bounce-catalogue';
import { findMatch } from './find-match';

const URL_IN_TEXT = /https?:\/\/[^\s<>"'()[\]{}]+/gi;
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

const inDomains = (host: string, domains: readonly string[]) =>
  domains.some((domain) => host === domain || host.endsWith(`.${domain}`));

function namedUrl(text: string, domains: readonly string[]): string | undefined {
  return findMatch(URL_IN_TEXT, text, ([written]) => {
    try {
      const url = new URL(written.replace(/[.,;:!?]+$/, ''));
      return url.protocol === 'https:' && inDomains(url.hostname, domains) ? url.href : undefined;
    } catch {
      // Not a URL after all: keep looking.
      return undefined;
    }
  });
}

/** Mailboxes around each `@`; local part and domain stop at the next `@`, so this is linear. */
function namedMailbox(text: string, domains: readonly string[]): string | undefined {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at < 254 && DOMAIN_CHAR.test(text.charAt(end))) end++;
    const local = text.slice(start, at);
    const domain = text
      .slice(at + 1, end)
      .replace(/\.+$/, '')
      .toLowerCase();
    if (local !== '' && inDomains(domain, domains)) return `${local.toLowerCase()}@${domain}`;
  }
  return undefined;
}

/**
 * The page or mailbox the bounce itself names for this remedy, when it is on one of the trusted
 * domains: a pasted text can name any link, and only Microsoft's or Spamhaus's own are followed.
 */
export function findNamedTarget(text: string, named: NamedTarget): string | undefined {
  return named.kind === 'url' ? namedUrl(text, named.domains) : namedMailbox(text, named.domains);
}
