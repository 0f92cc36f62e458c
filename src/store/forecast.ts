/**
 * The live forecast for the canvas and the Forecast panel: forecastForDesign
 * (the CLI's own rule and computation) on the current design, memoized on the
 * design object and the pool sizes, so the critical path is computed once
 * per design change however many components ask.
 *
 * Pool sizes are editor state, not part of the design: a pool belongs to the
 * Airflow environment (the CLI takes them as `--pool name=slots`), and the
 * design contract has no field for them (`ui` is layout only). They stay for
 * the session, across designs, outside the undo history.
 */
import { create } from 'zustand';
import type { Design } from '../design/design.ts';
import type { Forecast } from '../model/forecast.ts';
import { forecastForDesign, type PoolSizes } from '../model/forecast-for-design.ts';
import { useCheckedDesign } from './checked-design.ts';
import { findingsFor } from './findings.ts';
import { useValidator } from './validator.ts';

interface ForecastSettings {
  /** Pool name -> slots entered by the user (a pool not here uses the CLI's default). */
  poolSizes: PoolSizes;
  /** Whether the canvas highlights the critical path (when there is a forecast). */
  showCriticalPath: boolean;
  /** Sets a pool's size, or forgets it with `undefined`. */
  setPoolSize: (name: string, slots: number | undefined) => void;
  setShowCriticalPath: (show: boolean) => void;
}

export const useForecastSettings = create<ForecastSettings>()((set) => ({
  poolSizes: {},
  showCriticalPath: true,
  setPoolSize: (name, slots) =>
    set((s) => {
      if (s.poolSizes[name] === slots) return s;
      const next: Record<string, number> = { ...s.poolSizes };
      if (slots === undefined) delete next[name];
      else next[name] = slots;
      return { poolSizes: next };
    }),
  setShowCriticalPath: (showCriticalPath) => set({ showCriticalPath }),
}));

const cache = new WeakMap<Design, { pools: PoolSizes; forecast: Forecast | null }>();

/** forecastForDesign(design, findingsFor(design), pools), memoized on both identities. */
export function forecastOf(design: Design, pools: PoolSizes): Forecast | null {
  // Without findings yet, a cycle would not be known to break the graph.
  if (!useValidator.getState().validate) return null;
  const hit = cache.get(design);
  if (hit && hit.pools === pools) return hit.forecast;
  const forecast = forecastForDesign(design, findingsFor(design), pools);
  cache.set(design, { pools, forecast });
  return forecast;
}

/**
 * The forecast of the design the findings are of (useCheckedDesign): deferred,
 * so a keystroke is painted before the forecast reruns; on a large design it
 * follows the design once edits pause.
 */
export function useForecast(): Forecast | null {
  return useForecastWithDesign().forecast;
}

/** The forecast with the design it is of (a large design's may be a moment behind the store's). */
export function useForecastWithDesign(): { design: Design; forecast: Forecast | null } {
  const design = useCheckedDesign();
  const pools = useForecastSettings((s) => s.poolSizes);
  useValidator((s) => s.validate); // re-render when the validator arrives
  return { design, forecast: forecastOf(design, pools) };
}
