/**
 * RFC 5952 text of an IPv6 address given as eight 16-bit groups: lower-case hex without leading
 * zeros, the longest run of two or more zero groups (the first on a tie) shortened to "::".
 */
export function formatIpv6(parts: readonly number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (parts[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && parts[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  let text = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      text += '::';
      i += bestLength - 1;
    } else {
      text +=
        text === '' || text.endsWith(':')
          ? (parts[i] ?? 0).toString(16)
          : `:${(parts[i] ?? 0).toString(16)}`;
    }
  }
  return text;
}
