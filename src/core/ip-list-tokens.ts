const SEMICOLON = 0x3b;
const COMMA = 0x2c;
const isSpace = (code: number) =>
  code === 0x20 ||
  code === 0x09 ||
  code === 0x0a ||
  code === 0x0d ||
  code === 0xa0 ||
  code === 0x0b ||
  code === 0x0c;
const isDash = (code: number) => code === 0x2d || code === 0x2013;

/**
 * Splits a pasted list on ";", ",", spaces, tabs and new lines, dropping empty entries. Spaces
 * around a range dash ("192.0.2.1 - 192.0.2.9") stay inside the entry. Returns the entries'
 * offsets as flat [start, end, start, end, ...] pairs.
 */
export function tokenizeIpList(input: string): Uint32Array {
  // Typed and grown by doubling: a long paste leaves no garbage per entry.
  let tokens = new Uint32Array(64);
  let count = 0;
  const length = input.length;
  let i = 0;
  while (i < length) {
    const code = input.charCodeAt(i);
    if (code === SEMICOLON || code === COMMA || isSpace(code)) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    while (i < length) {
      const c = input.charCodeAt(i);
      if (c === SEMICOLON || c === COMMA) break;
      if (isSpace(c)) {
        let next = i;
        while (next < length && isSpace(input.charCodeAt(next))) next++;
        if (
          next < length &&
          (isDash(input.charCodeAt(end - 1)) || isDash(input.charCodeAt(next)))
        ) {
          i = next;
          continue;
        }
        break;
      }
      i++;
      end = i;
    }
    if (count + 2 > tokens.length) {
      const grown = new Uint32Array(tokens.length * 2);
      grown.set(tokens);
      tokens = grown;
    }
    tokens[count++] = start;
    tokens[count++] = end;
  }
  return tokens.subarray(0, count);
}
