import type { ComponentProps } from 'preact';
import { defaultTimezone } from '../../core/timezone';
import { ProfileEditor } from './profile-editor';

/**
 * The editor as the popup opens it. A new profile starts in the browser's zone (read with Intl
 * at startup, without the time-zone table); here, where the table is loaded, a zone Microsoft's
 * form cannot take becomes UTC.
 */
export function PopupProfileEditor(props: ComponentProps<typeof ProfileEditor>) {
  const profile = props.isNew
    ? { ...props.profile, timezone: defaultTimezone(props.profile.timezone) }
    : props.profile;
  return <ProfileEditor {...props} profile={profile} />;
}
