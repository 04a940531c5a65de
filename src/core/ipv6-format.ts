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
  const hex = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((part) => part.toString(16))
      .join(':');
  return bestStart < 0 ? hex(0, 8) : `${hex(0, bestStart)}::${hex(bestStart + bestLength, 8)}`;
}
