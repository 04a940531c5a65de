import type { BounceAnalysis, BounceRemedy } from '../../core/bounce/bounce-types';

/**
 * A sender profile fills the Outlook.com sender form. Only bounces that lead there offer to put
 * their IPs and text into it: a Microsoft 365 or Spamhaus listing, or a text that is no block list
 * at all, must not end up in a request to Outlook.com.
 */
const OUTLOOK_FORM_REMEDIES: readonly BounceRemedy[] = ['outlook-sender-form', 'fix-rdns'];

/** The IPs and the cleaned bounce text that belong in the selected profile. */
export function profileTargets(analysis: BounceAnalysis): { ips: string[]; text: string } {
  const bounces = analysis.bounces.filter((bounce) =>
    OUTLOOK_FORM_REMEDIES.includes(bounce.remedy),
  );
  return {
    ips: [...new Set(bounces.flatMap((bounce) => bounce.ips))],
    text: bounces.map((bounce) => bounce.text).join('\n\n'),
  };
}
