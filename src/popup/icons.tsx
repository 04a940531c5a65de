/** The icons drawn by theme.css (`.icon-<name>`). */
export type IconName = 'edit' | 'duplicate' | 'delete' | 'star' | 'settings';

export function Icon({ name }: { name: IconName }) {
  return <span class={`icon icon-${name}`} aria-hidden="true" />;
}
