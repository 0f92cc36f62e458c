/**
 * The theme preference as app state: the top bar's menu sets it, the canvas
 * reads it (React Flow's colorMode), and a change made in another tab
 * (the `storage` event, parsed like any stored value) is followed here too.
 */
import { create } from 'zustand';
import {
  applyThemePreference,
  parseThemePreference,
  readThemePreference,
  THEME_STORAGE_KEY,
  writeThemePreference,
  type ThemePreference,
} from './theme-preference.ts';

interface ThemeState {
  preference: ThemePreference;
  setPreference: (preference: ThemePreference) => void;
}

export const useTheme = create<ThemeState>((set) => ({
  preference: readThemePreference(),
  setPreference: (preference) => {
    writeThemePreference(preference);
    applyThemePreference(preference);
    set({ preference });
  },
}));

/** Applies the remembered theme before the first paint and follows other tabs' changes. */
export function startTheme(): void {
  applyThemePreference(useTheme.getState().preference);
  window.addEventListener('storage', (event) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    const preference = parseThemePreference(event.newValue) ?? 'system';
    applyThemePreference(preference);
    useTheme.setState({ preference });
  });
}
