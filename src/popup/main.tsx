import '../shared/zod-setup';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { loadProfileState } from '../shared/storage/profile-store';
import { AnalyzeBouncePanel } from './bounce/analyze-bounce-panel';
import { FillPanel } from './fill/fill-panel';
import { findTargetTab } from './fill/target-tab';
import { PopupApp } from './popup-app';

document.title = t('popupTitle');
document.documentElement.lang = browser.i18n.getUILanguage();

// The first frame shows the list and the fill section: no "loading" frame, no second render.
const [initialState, target] = await Promise.all([loadProfileState(), findTargetTab()]);

render(
  <PopupApp
    initialState={initialState}
    fillPanel={(profile) => <FillPanel profile={profile} target={target} />}
    bouncePanel={(actions) => (
      <AnalyzeBouncePanel
        onAddIps={actions.addIps}
        onUseAsErrorMessages={actions.useAsErrorMessages}
      />
    )}
  />,
  document.getElementById('app') as HTMLElement,
);
