import { parseAddress } from './ip-address';

export type DomainCheck =
  | {
      readonly ok: true /** The domain in ASCII (punycode), lower case, without a final dot. */;
      readonly ascii: string;
    }
  | {
      readonly ok: false /** What is wrong and how to fix it; follows the field name. */;
      readonly message: string;
    };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function hostOf(text: string): string | undefined {
  try {
    return new URL(text.includes('://') ? text : `http://${text}`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Checks a domain name as people type it. Internationalized names are accepted and converted
 * to their ASCII form (IDNA, via the URL parser every browser and Node ship).
 */
export function checkDomain(input: string): DomainCheck {
  const text = input.trim();
  if (text === '')
    return {
      ok: false,
      message: 'is empty; enter the domain your mail is sent from, like example.com',
    };
  if (/\s/.test(text))
    return { ok: false, message: `"${text}" contains spaces; a domain has none` };
  if (text.includes('@')) {
    const domain = text.slice(text.lastIndexOf('@') + 1);
    return {
      ok: false,
      message: `"${text}" is an e-mail address; enter only the domain after "@": ${domain}`,
    };
  }
  if (/[/:?#]/.test(text)) {
    const host = hostOf(text);
    return {
      ok: false,
      message: `"${text}" looks like a web address; enter only the domain${host ? `: ${host}` : ', like example.com'}`,
    };
  }
  if (parseAddress(text).ok) {
    return {
      ok: false,
      message: `"${text}" is an IP address; enter the domain name your mail is sent from`,
    };
  }
  if (/\.\d+\.?$/.test(text)) {
    return { ok: false, message: `"${text}" ends in a number; a domain ends in a name like .com` };
  }
  // Characters the URL parser would decode or drop instead of rejecting.
  if (/[%\\[\]]/.test(text))
    return { ok: false, message: `"${text}" contains characters a domain cannot have` };
  const ascii = hostOf(text)?.replace(/\.$/, '');
  if (ascii === undefined)
    return { ok: false, message: `"${text}" contains characters a domain cannot have` };
  const labels = ascii.split('.');
  if (labels.length < 2) {
    return { ok: false, message: `"${text}" has no dot; enter the full domain, like example.com` };
  }
  if (ascii.length > 253)
    return { ok: false, message: `"${text}" is longer than the 253 characters a domain may have` };
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== undefined) {
    return {
      ok: false,
      message:
        bad === ''
          ? `"${text}" has an empty part (two dots in a row, or a dot at the start)`
          : `"${text}" has the part "${bad}", which is not allowed: use letters, digits and inner hyphens, at most 63 characters`,
    };
  }
  return { ok: true, ascii };
}

/** The ASCII (punycode) form of a domain for Microsoft's form, or undefined if it is not valid. */
export function toAsciiDomain(domain: string): string | undefined {
  const checked = checkDomain(domain);
  return checked.ok ? checked.ascii : undefined;
}
