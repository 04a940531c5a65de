import type { StoredProfile } from '../../core/profile';
import type { MessageKey } from '../../shared/i18n';

export type EditableField = Exclude<keyof StoredProfile, 'id' | 'createdAt' | 'updatedAt'>;

/** The editor's fields in the order of Microsoft's form (the profile's own name first, notes last). */
export const FIELD_ORDER: readonly EditableField[] = [
  'name',
  'issueTitle',
  'contactName',
  'recipientDomain',
  'contactEmail',
  'timezone',
  'senderDomain',
  'companyKind',
  'ipList',
  'serverType',
  'errorMessages',
  'website',
  'notes',
];

/** Each field's label: Microsoft's wording, so users recognise the form they are preparing. */
export const FIELD_LABELS: Record<EditableField, MessageKey> = {
  name: 'profileFieldName',
  issueTitle: 'profileFieldIssueTitle',
  contactName: 'profileFieldContactName',
  contactEmail: 'profileFieldContactEmail',
  recipientDomain: 'profileFieldRecipientDomain',
  timezone: 'profileFieldTimezone',
  senderDomain: 'profileFieldSenderDomain',
  companyKind: 'profileFieldCompanyKind',
  ipList: 'profileFieldIpList',
  serverType: 'profileFieldServerType',
  errorMessages: 'profileFieldErrorMessages',
  website: 'profileFieldWebsite',
  notes: 'profileFieldNotes',
};

export const controlId = (field: EditableField): string => `field-${field}`;
