import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';

/** First run: what the extension does, and the one thing to do next. */
export function EmptyState({ onNew }: { onNew: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  // A first-time user has one thing to do: Enter does it.
  useEffect(() => button.current?.focus(), []);
  return (
    <section class="panel empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t('popupEmptyHeading')}</h2>
      <p>{t('popupEmptyText')}</p>
      <button type="button" id="new-profile" class="primary" ref={button} onClick={onNew}>
        {t('popupNewProfile')}
      </button>
    </section>
  );
}
