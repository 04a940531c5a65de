/**
 * The text in lower case, always the same length, so that an offset found in it is an offset in
 * the text. `toLowerCase` lengthens a few characters (`İ`); then only A-Z are lowered.
 */
export function lowerCaseSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
