/**
 * Which tasks and edges the canvas draws as the critical path: the path of
 * the store's live forecast (the CLI's computation), as sets the node
 * builder looks up per node. Built once per forecast object, so a keystroke
 * that leaves the forecast alone leaves these sets (and every node) alone.
 */
import type { Forecast } from '../model/index.ts';
import { useForecast, useForecastSettings } from '../store/index.ts';
import { edgeId } from './node-types.ts';

export interface CriticalMarks {
  tasks: ReadonlySet<string>;
  /** Edge ids (`from->to`) between consecutive tasks of the path. */
  edges: ReadonlySet<string>;
}

export const NO_CRITICAL_PATH: CriticalMarks = { tasks: new Set(), edges: new Set() };

/** Class on React Flow node and edge wrappers on the critical path (styled in canvas.module.css). */
export const CRITICAL_CLASS = 'critical-path';

const cache = new WeakMap<Forecast, CriticalMarks>();

export function criticalMarks(forecast: Forecast | null): CriticalMarks {
  if (!forecast || forecast.criticalPath.length === 0) return NO_CRITICAL_PATH;
  let marks = cache.get(forecast);
  if (!marks) {
    const path = forecast.criticalPath;
    marks = {
      tasks: new Set(path),
      edges: new Set(path.slice(1).map((to, i) => edgeId(path[i]!, to))),
    };
    cache.set(forecast, marks);
  }
  return marks;
}

/** The critical path to draw: empty when there is no forecast or the highlight is off. */
export function useCriticalMarks(): CriticalMarks {
  const forecast = useForecast();
  const show = useForecastSettings((s) => s.showCriticalPath);
  return show ? criticalMarks(forecast) : NO_CRITICAL_PATH;
}
