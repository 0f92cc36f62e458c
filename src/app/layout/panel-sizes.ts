/**
 * The sizes the user gave the resizable panels (the inspector's width, the
 * Problems panel's height), kept for the next visit. localStorage is outside
 * input: what is read back is parsed (a finite number in range), anything
 * else means the default. Clamping is the one rule both the splitter and the
 * stored value follow.
 */
import { create } from 'zustand';

export interface PanelLimits {
  min: number;
  max: number;
  fallback: number;
}

export const RIGHT_PANEL: PanelLimits = { min: 300, max: 900, fallback: 400 };
export const BOTTOM_PANEL: PanelLimits = { min: 72, max: 600, fallback: 200 };

export const clampSize = (value: number, { min, max }: PanelLimits): number =>
  Math.round(Math.min(max, Math.max(min, value)));

/** A stored size, or null when `raw` is not a number inside the limits' range. */
export function parseSize(raw: unknown, limits: PanelLimits): number | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? clampSize(n, limits) : null;
}

const KEYS = { right: 'dag-designer.panel.right', bottom: 'dag-designer.panel.bottom' } as const;

function read(key: string, limits: PanelLimits): number {
  try {
    return parseSize(globalThis.localStorage?.getItem(key), limits) ?? limits.fallback;
  } catch {
    return limits.fallback; // storage switched off: the defaults apply
  }
}

function write(key: string, value: number): void {
  try {
    globalThis.localStorage?.setItem(key, String(value));
  } catch {
    // Not remembered: the size still applies for this visit.
  }
}

interface PanelSizes {
  right: number;
  bottom: number;
  setRight: (px: number) => void;
  setBottom: (px: number) => void;
}

export const usePanelSizes = create<PanelSizes>()((set) => ({
  right: read(KEYS.right, RIGHT_PANEL),
  bottom: read(KEYS.bottom, BOTTOM_PANEL),
  setRight: (px) => {
    const right = clampSize(px, RIGHT_PANEL);
    write(KEYS.right, right);
    set({ right });
  },
  setBottom: (px) => {
    const bottom = clampSize(px, BOTTOM_PANEL);
    write(KEYS.bottom, bottom);
    set({ bottom });
  },
}));
