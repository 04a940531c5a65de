/**
 * Reads strict dotted-quad IPv4 (four decimal numbers 0-255, no leading zeros) in one pass and
 * returns its 32-bit value, or -1. ipaddr.js is not used here because it also takes octal, hex
 * and 1-3 part forms, which this format forbids; the differential tests compare both.
 */
export function scanIpv4(text: string): number {
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
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
