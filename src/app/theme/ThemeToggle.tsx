/**
 * The top bar's theme toggle: one small button that steps System → Light →
 * Dark (System follows the operating system). One button, not a menu, because
 * the top bar has no room left; its name says the current theme and the next.
 */
import { THEME_LABELS, THEME_PREFERENCES, type ThemePreference } from './theme-preference.ts';
import { useTheme } from './use-theme.ts';

const ICONS: Readonly<Record<ThemePreference, string>> = { system: '◐', light: '☀', dark: '☾' };

const nextOf = (preference: ThemePreference): ThemePreference =>
  THEME_PREFERENCES[(THEME_PREFERENCES.indexOf(preference) + 1) % THEME_PREFERENCES.length] ??
  'system';

export function ThemeToggle({ className }: { className?: string }) {
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  const next = nextOf(preference);
  return (
    <button
      type="button"
      className={className}
      data-theme-preference={preference}
      aria-label={`Theme: ${THEME_LABELS[preference]}`}
      title={`Theme: ${THEME_LABELS[preference]}${preference === 'system' ? ' (follows your operating system)' : ''}. Click for ${THEME_LABELS[next]}.`}
      onClick={() => setPreference(next)}
    >
      <span aria-hidden="true">{ICONS[preference]}</span>
    </button>
  );
}
