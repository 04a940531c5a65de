/**
 * The lines of a text given as pieces, as `pieces.join('').split('\n')` gives them, without
 * building the joined text: on a paste of megabytes that copy costs more than reading it.
 */
export function linesOfPieces(pieces: readonly string[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    let start = 0;
    for (let feed = piece.indexOf('\n'); feed !== -1; feed = piece.indexOf('\n', start)) {
      lines.push(line + piece.slice(start, feed));
      line = '';
      start = feed + 1;
    }
    line += start === 0 ? piece : piece.slice(start);
  }
  lines.push(line);
  return lines;
}
