/** Which Microsoft system rejected the message, as far as the text tells. */
export type BouncePlatform = 'outlook.com' | 'office365' | 'unknown';

/** What the sender should do next. */
export type BounceRemedy =
  | 'outlook-sender-form'
  | 'office365-delist-portal'
  | 'delist-mail'
  | 'spamhaus'
  | 'slow-down'
  | 'contact-recipient'
  | 'tenant-admin'
  | 'fix-authentication'
  | 'fix-rdns'
  | 'none'
  | 'unknown';

/** The remedies that ask Microsoft to remove an IP from one of its own lists. */
export const MICROSOFT_DELIST_REMEDIES: readonly BounceRemedy[] = [
  'outlook-sender-form',
  'office365-delist-portal',
  'delist-mail',
];

/**
 * Which bounce of a paste leads the summary: the first one whose remedy comes earliest here.
 * Removal requests first (they are what the user came for), "nothing recognised" last.
 */
export const REMEDY_PRIORITY: readonly BounceRemedy[] = [
  'outlook-sender-form',
  'office365-delist-portal',
  'delist-mail',
  'spamhaus',
  'fix-rdns',
  'tenant-admin',
  'contact-recipient',
  'fix-authentication',
  'slow-down',
  'none',
  'unknown',
];

/** The verdict on one bounce. */
export interface BounceVerdict {
  readonly platform: BouncePlatform;
  /** Microsoft's identifiers (S3140, AS16012609, SC-001, ...) and enhanced status codes, in order. */
  readonly codes: readonly string[];
  /** The public sending IPs Microsoft names in its rejection, canonical, deduplicated, in order. */
  readonly ips: readonly string[];
  readonly remedy: BounceRemedy;
  /** Id of the catalogue row that decided the verdict. */
  readonly rule: string;
  /** The list or condition, in plain words. */
  readonly listing: string;
  /** Where to go: the URL or mailbox the text names, else the catalogue's; null when none applies. */
  readonly target: string | null;
  /** What happened and what to do, in plain words. */
  readonly explanation: string;
  /** The phrases of the text that led to the verdict, as they appear in it. */
  readonly evidence: readonly string[];
  /** This bounce's text after cleaning (quoting, HTML and line wrapping undone). */
  readonly text: string;
}

/**
 * The analysis of a paste. The top-level verdict is the leading bounce's (see REMEDY_PRIORITY),
 * except `codes` and `ips`, which gather every bounce's.
 */
export interface BounceAnalysis extends BounceVerdict {
  /** Every distinct bounce found in the paste, in order (empty for an empty paste). */
  readonly bounces: readonly BounceVerdict[];
  /** True when the bounces come from both Outlook.com and Microsoft 365. */
  readonly mixedPlatforms: boolean;
  /** The distinct bounces' cleaned texts, separated by blank lines. */
  readonly cleanedText: string;
}
