import { describe, expect, it } from 'vitest';
import { parseIpList } from '../../../src/core/ip-list';
import { markSegments } from '../../../src/popup/editor/ip-list-marks';

const marked = (text: string) =>
  markSegments(text, parseIpList(text).problems)
    .filter((segment) => segment.severity)
    .map((segment) => [segment.text, segment.severity]);

describe('IP list marks', () => {
  it('marks each entry with a problem at its place, the text around it untouched', () => {
    const text = '9.9.9.9;  10.1.2.3, 1.1.1.1\n8.8.8.77/24';
    const segments = markSegments(text, parseIpList(text).problems);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(marked(text)).toEqual([
      ['10.1.2.3', 'error'],
      ['8.8.8.77/24', 'warning'],
    ]);
  });

  it('marks the repeated entry of a duplicate, and a bad entry as an error', () => {
    expect(marked('8.8.8.8, 8.8.8.8')).toEqual([['8.8.8.8', 'warning']]);
    expect(marked('999.1.1.1')).toEqual([['999.1.1.1', 'error']]);
  });

  it('marks nothing in a clean list', () => {
    expect(marked('8.8.8.8; 1.1.1.0/28')).toEqual([]);
  });
});
