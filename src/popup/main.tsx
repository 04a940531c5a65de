import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { loadProfileState } from '../shared/storage/profile-store';
import { PopupApp } from './popup-app';

document.title = t('popupTitle');
document.documentElement.lang = browser.i18n.getUILanguage();

// The first frame shows the list: no "loading" frame, no second render.
const initialState = await loadProfileState();

render(<PopupApp initialState={initialState} />, document.getElementById('app') as HTMLElement);
