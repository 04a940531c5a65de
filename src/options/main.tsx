import '../shared/zod-setup';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { loadProfileState } from '../shared/storage/profile-store';
import { OptionsApp } from './options-app';

document.title = t('optionsTitle');
document.documentElement.lang = browser.i18n.getUILanguage();

render(
  <OptionsApp initialState={await loadProfileState()} />,
  document.getElementById('app') as HTMLElement,
);
