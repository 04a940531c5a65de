import type { FieldLocation } from '../../forms/form-map';
import { type MessageKey, t } from '../../shared/i18n';
import type { FieldReport, FieldStatus } from '../../shared/messages/content-messages';
import { needsLook } from '../../shared/messages/fill-outcome';

const STATUS_TEXT: Readonly<Record<FieldStatus, MessageKey>> = {
  filled: 'fillStatusFilled',
  'already-equal': 'fillStatusAlreadyEqual',
  'read-only': 'fillStatusReadOnly',
  skipped: 'fillStatusSkipped',
  'not-found': 'fillStatusNotFound',
  ambiguous: 'fillStatusAmbiguous',
  'no-option': 'fillStatusNoOption',
  refused: 'fillStatusRefused',
  'page-changed': 'fillStatusPageChanged',
};

/** One line per field of the form: its name and what happened to it. */
export function FillReport({
  formFields,
  fields,
}: {
  formFields: readonly FieldLocation[];
  fields: readonly FieldReport[];
}) {
  return (
    <ul class="fill-report" aria-label={t('fillReportLabel')}>
      {fields.map((field) => {
        const spec = formFields.find((candidate) => candidate.key === field.key);
        const fine = !needsLook(field);
        return (
          <li
            key={field.key}
            class={fine ? 'fill-fine' : 'fill-look'}
            data-key={field.key}
            data-status={field.status}
          >
            <span class="fill-mark" aria-hidden="true">
              {fine ? '✓' : '!'}
            </span>
            <span class="fill-field">{spec ? t(spec.labelKey) : field.key}</span>
            <span class="fill-status">
              {t(STATUS_TEXT[field.status], String(field.matches ?? ''))}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
