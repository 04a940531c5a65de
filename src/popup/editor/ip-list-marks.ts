import type { IpListProblem } from '../../core/ip-list';

export interface MarkSegment {
  readonly text: string;
  /** The worst problem of the entry this segment is, if any. */
  readonly severity?: 'error' | 'warning';
}

/**
 * The text cut into plain and marked segments, one mark per entry with problems (the worst one
 * wins when an entry has several), for drawing the marks behind the text area at their places.
 */
export function markSegments(text: string, problems: readonly IpListProblem[]): MarkSegment[] {
  const spans = new Map<number, { end: number; severity: 'error' | 'warning' }>();
  for (const problem of problems) {
    const known = spans.get(problem.start);
    if (!known || problem.severity === 'error') {
      spans.set(problem.start, {
        end: Math.max(problem.end, known?.end ?? 0),
        severity: problem.severity,
      });
    }
  }
  const segments: MarkSegment[] = [];
  let at = 0;
  for (const [start, { end, severity }] of [...spans].sort(([a], [b]) => a - b)) {
    if (start < at || end > text.length) continue;
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), severity });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
