/** The top bar's Theme menu: System (follows the OS), Light or Dark; remembered per browser. */
import { THEME_LABELS, THEME_PREFERENCES, parseThemePreference } from './theme-preference.ts';
import { useTheme } from './use-theme.ts';

export function ThemeMenu({ className }: { className?: string }) {
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  return (
    <label className={className} title="Colour theme (System follows your operating system)">
      <span>Theme</span>
      <select
        aria-label="Theme"
        value={preference}
        onChange={(event) => {
          const next = parseThemePreference(event.target.value);
          if (next) setPreference(next);
        }}
      >
        {THEME_PREFERENCES.map((option) => (
          <option key={option} value={option}>
            {THEME_LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
