import { byAriaLabel, byId, byLabel, byName, type FieldLocation, type Locator } from './form-map';

/** Every field is looked for by id, then name, then aria-label, then label text. */
const locators = (id: string, ...labels: string[]): Locator[] => [
  byId(id),
  byName(id),
  byAriaLabel(...labels),
  byLabel(...labels),
];

/**
 * Where each field of the Outlook.com sender-support form is (shared/spec/outlook-sender-form.md),
 * without the values: enough to ask a page how much of the form is there. Labels: the wording
 * reported for the English form and close variants, then likely wordings of the localized pages
 * (de, fr, es); a wording that is wrong only means a field is not found by it.
 */
export const OUTLOOK_SENDER_FIELDS = [
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
  },
  {
    key: 'WebsiteUrl',
    labelKey: 'fillFieldWebsiteUrl',
    kind: 'text',
    locators: locators('WebsiteUrl', 'Website URL', 'Website', 'Site web', 'Sitio web'),
  },
] as const satisfies readonly FieldLocation[];

export type OutlookSenderFieldKey = (typeof OUTLOOK_SENDER_FIELDS)[number]['key'];
