import { findWindows } from 'windows-iana';

// IANA renamed these after the windows-iana data was cut; they keep their old zone's Windows id.
const RENAMED: Readonly<Record<string, string>> = {
  'Europe/Kyiv': 'FLE Standard Time',
  'Pacific/Kanton': 'UTC+13',
  'America/Ciudad_Juarez': 'Mountain Standard Time',
};

/** The zone as this JavaScript engine names it canonically, or undefined if it does not know it. */
function resolveZone(zone: string): string | undefined {
  // Offsets such as "+01:00" are accepted by newer engines but are not IANA zone names.
  if (!/^[A-Za-z]/.test(zone)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Whether `zone` is an IANA time zone name the engine knows, e.g. "Europe/Berlin". */
export function isIanaTimezone(zone: string): boolean {
  return resolveZone(zone) !== undefined;
}

/**
 * The Windows time-zone id Microsoft's form wants for an IANA zone ("Europe/Berlin" →
 * "W. Europe Standard Time"), or undefined when there is none.
 */
export function windowsTimezoneFor(iana: string): string | undefined {
  const direct = findWindows(iana)[0] ?? RENAMED[iana];
  if (direct) return direct;
  const resolved = resolveZone(iana);
  return resolved ? (findWindows(resolved)[0] ?? RENAMED[resolved]) : undefined;
}

/** IANA zones to offer in a picker: the engine's list, each with a Windows id; UTC first. */
export function ianaTimezones(): readonly string[] {
  const zones = Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC');
  return ['UTC', ...zones].filter((zone) => windowsTimezoneFor(zone) !== undefined);
}

/**
 * The zone a new profile starts with: the browser's own zone when the form can use it, else
 * UTC. The caller passes the zone (Intl.DateTimeFormat().resolvedOptions().timeZone).
 */
export function defaultTimezone(browserZone: string | undefined): string {
  return browserZone && windowsTimezoneFor(browserZone) ? browserZone : 'UTC';
}
