import { SUPPORTED_PAGES } from '../../forms/supported-pages';
import { t } from '../../shared/i18n';

/** Shown on any other page: which pages the extension fills, as links. */
export function SupportedPageLinks() {
  return (
    <div class="fill-elsewhere">
      <p>{t('fillOtherPage')}</p>
      <ul>
        {SUPPORTED_PAGES.map((page) => (
          <li key={page.url}>
            <a href={page.url} target="_blank" rel="noreferrer">
              {page.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
