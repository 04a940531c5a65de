// One paste may hold several bounces: MTA log lines, a DSN with one block per recipient, an
// Exchange report listing several recipients, or several bounces pasted one after another.

/**
 * The start of an SMTP reply with an enhanced status code (`550 5.7.606`, `'550 5.7.1`,
 * `#550 5.7.1`) or one of Hotmail's older codes (`550 SC-001`). The character after the three
 * digits is `-` on the first lines of a multi-line reply.
 */
const REPLY_START =
  /(?<![0-9A-Za-z.])[45]\d\d[ -]#?(?:[245]\.\d{1,3}\.\d{1,3}(?![0-9.])|(?:SC|OU|DY)-\d{3})/gi;

/**
 * The character after the reply code of the line's last reply start (`-` or a space), or
 * undefined when it has none: a log line can hold a whole multi-line reply
 * (`550-5.7.1 ... 550 5.7.1 ...`). No capture group and no callback: this runs on every line.
 */
function lastReplySeparator(line: string): string | undefined {
  let separator: string | undefined;
  REPLY_START.lastIndex = 0;
  for (let reply = REPLY_START.exec(line); reply; reply = REPLY_START.exec(line)) {
    separator = line.charAt(reply.index + 3);
  }
  return separator;
}

/** Starts a DSN's per-recipient block. */
const RECIPIENT_BLOCK = /^Final-Recipient:/i;

/** `F` or `f` first: most lines are ruled out without running the pattern. */
const startsLikeRecipientBlock = (line: string) => (line.charCodeAt(0) | 32) === 102;

/**
 * Lines that introduce the reply after them rather than continue the one before: DSN headers,
 * `host ... [IP]:` (Exim), a recipient address on its own line (Exchange, Exim).
 */
const PREAMBLE =
  /^(?:(?:Final|Original)-Recipient:|Action:|Status:|Remote-MTA:|Diagnostic-Code:|Last-Attempt-Date:|X-[A-Za-z-]+:|host\s|SMTP error from|<?[^\s<>@]+@[^\s<>@]+>?:?$)/i;

const isBlank = (line: string) => line.trim() === '';

/** The lines of one record without blank lines around it; undefined when nothing is left. */
function trimmed(lines: readonly string[], start: number, end: number): string[] | undefined {
  let from = start;
  let to = end;
  while (from < to && isBlank(lines[from] ?? '')) from++;
  while (to > from && isBlank(lines[to - 1] ?? '')) to--;
  return from < to ? lines.slice(from, to) : undefined;
}

/**
 * Splits cleaned lines into one record per bounce. A new record starts at a DSN recipient block
 * or at a reply once the current record already has one (continuation lines `550-...` excepted),
 * taking along the header lines just before that reply.
 */
export function splitBounces(lines: readonly string[]): string[][] {
  const records: string[][] = [];
  const close = (start: number, end: number) => {
    const record = trimmed(lines, start, end);
    if (record) records.push(record);
  };
  let start = 0;
  let hasReply = false;
  let continuing = false;
  let lastReplyLine = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (hasReply && startsLikeRecipientBlock(line) && RECIPIENT_BLOCK.test(line)) {
      close(start, index);
      start = index;
      hasReply = false;
      continuing = false;
    }
    const separator = lastReplySeparator(line);
    if (separator === undefined) continue;
    if (hasReply && !continuing) {
      let from = index;
      while (from - 1 > lastReplyLine && from - 1 > start && PREAMBLE.test(lines[from - 1] ?? '')) {
        from--;
      }
      close(start, from);
      start = from;
    }
    hasReply = true;
    continuing = separator === '-';
    lastReplyLine = index;
  }
  close(start, lines.length);
  return records;
}
