/**
 * The Microsoft pages Delist Assistant works on. This list is the single source for the
 * manifest's host permissions and content-script matches (see vite.config.ts): a new form adds
 * an entry here and a form map, nothing else.
 */
export interface SupportedPage {
  /** Which form map applies (see src/forms/). */
  readonly form: 'outlook-sender-form';
  /** Shown to the user when the current tab is not a supported page. */
  readonly title: string;
  readonly url: string;
  /** Match patterns (https only, no wildcards in the host). */
  readonly matches: readonly string[];
}

export const SUPPORTED_PAGES: readonly SupportedPage[] = [
  {
    form: 'outlook-sender-form',
    title: 'Outlook.com sender support form',
    url: 'https://olcsupport.office.com/',
    matches: ['https://olcsupport.office.com/*'],
  },
];

export const HOST_MATCHES: readonly string[] = SUPPORTED_PAGES.flatMap((page) => page.matches);

/** The supported page for a URL, if any. Mirrors the match patterns: https, exact host. */
export function supportedPageFor(url: string | undefined): SupportedPage | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return SUPPORTED_PAGES.find((page) =>
    page.matches.some((pattern) => {
      // Match patterns without a port match every port (Firefox's tests serve the form on one).
      const origin = pattern.replace(/\/\*$/, '');
      return `${parsed.protocol}//${parsed.hostname}` === origin;
    }),
  );
}
