import { toAsciiDomain } from '../core/domain';
import { parseIpList } from '../core/ip-list';
import { SERVER_TYPE_FORM_VALUE, type StoredProfile } from '../core/profile';
import { windowsTimezoneFor } from '../core/timezone';
import { byAriaLabel, byId, byLabel, byName, type FormMap, type Locator } from './form-map';
import { WINDOWS_TIMEZONE_NAMES } from './windows-timezone-names';

/** Every field is looked for by id, then name, then aria-label, then label text. */
const locators = (id: string, ...labels: string[]): Locator[] => [
  byId(id),
  byName(id),
  byAriaLabel(...labels),
  byLabel(...labels),
];

/** A custom dropdown shows a timezone's display name only, never its Windows id. */
const TIMEZONE_TEXTS = Object.fromEntries(
  Object.entries(WINDOWS_TIMEZONE_NAMES).map(([id, name]) => [id, [name]]),
);

/**
 * The Outlook.com sender-support form (shared/spec/outlook-sender-form.md). Labels: the wording
 * reported for the English form and close variants, then likely wordings of the localized pages
 * (de, fr, es); a wording that is wrong only means a field is not found by it.
 */
export const outlookSenderForm: FormMap<StoredProfile> = {
  form: 'outlook-sender-form',
  fields: [
    {
      key: 'IssueTitle',
      labelKey: 'fillFieldIssueTitle',
      kind: 'text',
      locators: locators(
        'IssueTitle',
        'Issue Title',
        'Problemtitel',
        'Titre du problème',
        'Título del problema',
      ),
      value: (profile) => profile.issueTitle,
    },
    {
      key: 'ContactName',
      labelKey: 'fillFieldContactName',
      kind: 'text',
      locators: locators(
        'ContactName',
        'Contact Name',
        'Kontaktname',
        'Nom du contact',
        'Nombre de contacto',
      ),
      value: (profile) => profile.contactName,
    },
    {
      key: 'DomainTo',
      labelKey: 'fillFieldDomainTo',
      kind: 'select',
      locators: locators(
        'DomainTo',
        'What domain are you sending to?',
        'An welche Domäne senden Sie?',
        'Vers quel domaine envoyez-vous ?',
        '¿A qué dominio envía?',
      ),
      value: (profile) => profile.recipientDomain,
      optionTexts: { other: ['Other', 'Andere', 'Autre', 'Otro'] },
    },
    {
      // Usually the signed-in account, read-only: then it is left as the page shows it.
      key: 'ContactEmail',
      labelKey: 'fillFieldContactEmail',
      kind: 'text',
      locators: locators(
        'ContactEmail',
        'Contact e-mail address',
        'Contact email address',
        'Kontakt-E-Mail-Adresse',
        'Adresse e-mail de contact',
        'Dirección de correo electrónico de contacto',
      ),
      value: (profile) => profile.contactEmail,
    },
    {
      key: 'ddlTimezones',
      labelKey: 'fillFieldTimezone',
      kind: 'select',
      locators: locators(
        'ddlTimezones',
        'Timezone',
        'Time zone',
        'Zeitzone',
        'Fuseau horaire',
        'Zona horaria',
      ),
      value: (profile) => windowsTimezoneFor(profile.timezone) ?? '',
      optionTexts: TIMEZONE_TEXTS,
    },
    {
      key: 'DomainFrom',
      labelKey: 'fillFieldDomainFrom',
      kind: 'text',
      locators: locators(
        'DomainFrom',
        'What domain are you sending from?',
        'Von welcher Domäne senden Sie?',
        'Depuis quel domaine envoyez-vous ?',
        '¿Desde qué dominio envía?',
      ),
      // A domain the check rejects goes in as typed: the page and the user see it, nothing is hidden.
      value: (profile) => toAsciiDomain(profile.senderDomain) ?? profile.senderDomain.trim(),
    },
    {
      key: 'SelfDescription',
      labelKey: 'fillFieldSelfDescription',
      kind: 'select',
      locators: locators(
        'SelfDescription',
        'How would you describe your company or yourself?',
        'Wie würden Sie Ihr Unternehmen oder sich selbst beschreiben?',
        'Comment décririez-vous votre entreprise ou vous-même ?',
        '¿Cómo describiría su empresa o a usted mismo?',
      ),
      value: (profile) => profile.companyKind,
    },
    {
      key: 'IpAddresses',
      labelKey: 'fillFieldIpAddresses',
      kind: 'text',
      locators: locators(
        'IpAddresses',
        'Outgoing IP addresses or ranges',
        'Outgoing IP addresses',
        'Ausgehende IP-Adressen oder -Bereiche',
        'Adresses IP ou plages sortantes',
        'Direcciones IP o intervalos salientes',
      ),
      value: (profile) => parseIpList(profile.ipList).normalized,
    },
    {
      key: 'ServerType',
      labelKey: 'fillFieldServerType',
      kind: 'select',
      locators: locators(
        'ServerType',
        'Do you have a dedicated or shared server?',
        'Dedicated or shared server?',
        'Haben Sie einen dedizierten oder freigegebenen Server?',
        'Avez-vous un serveur dédié ou partagé ?',
        '¿Tiene un servidor dedicado o compartido?',
      ),
      value: (profile) => SERVER_TYPE_FORM_VALUE[profile.serverType],
      optionTexts: {
        Dedicated: ['Dediziert', 'Dédié', 'Dedicado'],
        Shared: ['Freigegeben', 'Partagé', 'Compartido'],
        Unknown: ['Unbekannt', 'Inconnu', 'Desconocido'],
      },
    },
    {
      key: 'ErrorMessages',
      labelKey: 'fillFieldErrorMessages',
      kind: 'text',
      locators: locators(
        'ErrorMessages',
        'Copy and paste all error messages',
        'Error messages',
        'Fehlermeldungen',
        "Messages d'erreur",
        'Mensajes de error',
      ),
      value: (profile) => profile.errorMessages,
    },
    {
      key: 'WebsiteUrl',
      labelKey: 'fillFieldWebsiteUrl',
      kind: 'text',
      locators: locators('WebsiteUrl', 'Website URL', 'Website', 'Site web', 'Sitio web'),
      value: (profile) => profile.website,
    },
  ],
};
