import { t } from '../../shared/i18n';

/** First run: what the extension does, and the one thing to do next. */
export function EmptyState({ onNew }: { onNew: () => void }) {
  return (
    <section class="panel empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t('popupEmptyHeading')}</h2>
      <p>{t('popupEmptyText')}</p>
      <button type="button" id="new-profile" class="primary" onClick={onNew}>
        {t('popupNewProfile')}
      </button>
    </section>
  );
}
