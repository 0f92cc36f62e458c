import { describe, expect, it } from 'vitest';
import {
  parseThemePreference,
  readThemePreference,
  THEME_STORAGE_KEY,
  writeThemePreference,
} from './theme-preference.ts';

/** An in-memory Storage; `broken` makes every call throw, as a switched-off localStorage does. */
function memoryStorage(initial: Record<string, string> = {}, broken = false) {
  const items = new Map(Object.entries(initial));
  const check = () => {
    if (broken) throw new DOMException('denied', 'SecurityError');
  };
  return {
    items,
    getItem: (key: string) => (check(), items.get(key) ?? null),
    setItem: (key: string, value: string) => (check(), void items.set(key, value)),
  };
}

describe('parseThemePreference', () => {
  it('takes exactly the three names', () => {
    expect(parseThemePreference('system')).toBe('system');
    expect(parseThemePreference('light')).toBe('light');
    expect(parseThemePreference('dark')).toBe('dark');
  });

  it('refuses anything else', () => {
    for (const raw of ['Dark', ' dark', '"dark"', 'purple', '', null, undefined, 1, {}, ['dark']])
      expect(parseThemePreference(raw)).toBeNull();
  });
});

describe('reading and writing the stored theme', () => {
  it('reads back what was written', () => {
    const storage = memoryStorage();
    expect(writeThemePreference('dark', storage)).toBe(true);
    expect(storage.items.get(THEME_STORAGE_KEY)).toBe('dark');
    expect(readThemePreference(storage)).toBe('dark');
  });

  it('is System when nothing, or something that is not a theme, is stored', () => {
    expect(readThemePreference(memoryStorage())).toBe('system');
    expect(readThemePreference(memoryStorage({ [THEME_STORAGE_KEY]: 'solarized' }))).toBe('system');
  });

  it('is System, and says it could not remember, when storage is switched off', () => {
    const storage = memoryStorage({}, true);
    expect(readThemePreference(storage)).toBe('system');
    expect(writeThemePreference('light', storage)).toBe(false);
    expect(readThemePreference(null)).toBe('system');
  });
});
