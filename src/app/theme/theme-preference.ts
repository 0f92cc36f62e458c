/**
 * The theme the user picked: follow the system, or force light or dark.
 * Remembered in localStorage, which is outside input like any file: what is
 * read back goes through `parseThemePreference`, and anything else (an old
 * value, a hand edit, storage that throws in a private window) means
 * "system". Applying it is one attribute on <html>; the colours themselves
 * are CSS variables in styles/global.css.
 */

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export const THEME_STORAGE_KEY = 'dag-designer.theme';

export const THEME_LABELS: Readonly<Record<ThemePreference, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

/** The preference `raw` names, or null when it names none. */
export function parseThemePreference(raw: unknown): ThemePreference | null {
  return THEME_PREFERENCES.find((preference) => preference === raw) ?? null;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

const browserStorage = (): Storage | null =>
  typeof localStorage === 'undefined' ? null : localStorage;

export function readThemePreference(storage: Storage | null = browserStorage()): ThemePreference {
  try {
    return parseThemePreference(storage?.getItem(THEME_STORAGE_KEY)) ?? 'system';
  } catch {
    // Storage can be switched off (private windows, policies): the system theme applies.
    return 'system';
  }
}

/** Remembers `preference`; false when the browser refused to store it (it still applies now). */
export function writeThemePreference(
  preference: ThemePreference,
  storage: Storage | null = browserStorage(),
): boolean {
  try {
    storage?.setItem(THEME_STORAGE_KEY, preference);
    return storage !== null;
  } catch {
    return false;
  }
}

/** Sets `data-theme` on <html>: global.css turns it into color-scheme. */
export function applyThemePreference(
  preference: ThemePreference,
  root: HTMLElement = document.documentElement,
): void {
  root.dataset['theme'] = preference;
}
