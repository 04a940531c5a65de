import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createProfile, type StoredProfile } from '../../src/core/profile';
import type { ChromiumSession } from '../support/chromium';
import { ROOT } from '../support/paths';

const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js');

/** What Playwright and puppeteer pages have in common, as far as these tests need. */
interface ScriptablePage {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate(expression: string): Promise<unknown>;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe-core's violations on the page as it is now (its default rules: WCAG 2.x A/AA and best
 * practices). Extension pages' CSP refuses inline <script> tags, so addScriptTag cannot load axe
 * there; the same file is evaluated through DevTools instead, which CSP does not govern.
 */
export async function axeViolations(page: ScriptablePage): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
    ),
  );
}

/** Profiles put straight into storage.local, as a previous session of the extension left them. */
export async function seedProfiles(
  session: ChromiumSession,
  profiles: readonly StoredProfile[],
  defaultProfileId?: string,
) {
  const items: Record<string, unknown> = { schemaVersion: 1 };
  for (const profile of profiles) items[`profile:${profile.id}`] = profile;
  if (defaultProfileId) items.defaultProfileId = defaultProfileId;
  await session.serviceWorker.evaluate((values) => chrome.storage.local.set(values), items);
}

/** Everything the extension keeps in storage.local. */
export function localStorageOf(session: ChromiumSession): Promise<Record<string, unknown>> {
  return session.serviceWorker.evaluate(() => chrome.storage.local.get(null));
}

const COMPANIES = [
  'Internet Service Provider (ISP)',
  'E-mail Service Provider (ESP)',
  'Business (non-marketing)',
] as const;

/** A realistic, valid profile number `n` (public IPs, real zones), for seeding a browser. */
export function sampleProfile(n: number, overrides: Partial<StoredProfile> = {}): StoredProfile {
  const domain = `customer${n}.example`;
  const profile = createProfile({
    name: `Customer ${n} outbound`,
    issueTitle: 'Server IP listed / non-delivery to outlook.com',
    contactName: `Operator ${n}`,
    contactEmail: `postmaster@${domain}`,
    recipientDomain: 'outlook.com',
    timezone: 'Europe/Berlin',
    senderDomain: domain,
    companyKind: COMPANIES[n % COMPANIES.length],
    serverType: n % 2 === 0 ? 'dedicated' : 'shared',
    ipList: `8.8.${n % 256}.7; 1.1.${n % 256}.0/28`,
    errorMessages: `550 5.7.1 Unfortunately, messages from [8.8.${n % 256}.7] weren't sent. (S3140)`,
    website: `https://${domain}`,
    notes: '',
  });
  return { ...profile, ...overrides };
}
