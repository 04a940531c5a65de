/**
 * Reads strict dotted-quad IPv4 (four decimal numbers 0-255, no leading zeros) in one pass and
 * returns its 32-bit value, or -1. ipaddr.js is not used here because it also takes octal, hex
 * and 1-3 part forms, which this format forbids; the differential tests compare both.
 */
export function scanIpv4(text: string, length = text.length): number {
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) {
      if (digits === 0 || ++dots > 3) return -1;
      value = value * 256 + part;
      part = 0;
      digits = 0;
    } else if (code >= 48 && code <= 57) {
      if (digits === 1 && part === 0) return -1;
      part = part * 10 + code - 48;
      if (++digits > 3 || part > 255) return -1;
    } else {
      return -1;
    }
  }
  return dots === 3 && digits > 0 ? value * 256 + part : -1;
}

/**
 * Reads an address or a CIDR block already in canonical form ("a.b.c.d" or "a.b.c.d/n" with no
 * host bits set and n from 24 to 31) and returns start * 64 + prefix, or -1 for anything else,
 * which then takes the general path with its warnings and messages.
 */
export function scanCanonicalIpv4Block(text: string): number {
  const slash = text.indexOf('/');
  if (slash < 0) {
    const value = scanIpv4(text);
    return value < 0 ? -1 : value * 64 + 32;
  }
  if (text.length !== slash + 3) return -1;
  const tens = text.charCodeAt(slash + 1) - 48;
  const ones = text.charCodeAt(slash + 2) - 48;
  const prefix = tens * 10 + ones;
  if (tens < 2 || tens > 3 || ones < 0 || ones > 9 || prefix < 24 || prefix > 31) return -1;
  const value = scanIpv4(text, slash);
  return value < 0 || value % 2 ** (32 - prefix) !== 0 ? -1 : value * 64 + prefix;
}
