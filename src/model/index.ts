/** The pure model: graph, cycles, schedule, secrets, validation, forecast. No React, DOM or fs. */
export * from '../design/design.ts';
export * from './findings.ts';
export {
  buildGraph,
  downstream,
  isolatedTasks,
  leaves,
  levels,
  roots,
  topologicalOrder,
  upstream,
  withEdge,
  type Graph,
  type TaskRef,
} from './graph.ts';
export { findCycle, formatPath, wouldCreateCycle } from './cycles.ts';
export {
  countRuns,
  cronProblem,
  describeSchedule,
  parseDesignDate,
  scheduleCron,
  scheduleProblem,
  type DesignDate,
  type ScheduleDescription,
} from './schedule.ts';
export { detectSecret, isSecretName, scanDesignForSecrets, type SecretHit } from './secrets.ts';
export { formatSeconds } from './durations.ts';
export { childPath, formatPathSegments, parsePath, type PathSegment } from './paths.ts';
export * from './validate/index.ts';
export {
  DEFAULT_MAX_ACTIVE_TASKS,
  DEFAULT_POOL,
  DEFAULT_POOL_SLOTS,
  describeResource,
  forecastRun,
  formatForecast,
  type Forecast,
  type ForecastOptions,
  type ResourceWait,
  type TaskTiming,
} from './forecast.ts';
export {
  forecastForDesign,
  parsePoolOption,
  parsePoolSlots,
  type PoolSizes,
} from './forecast-for-design.ts';
export { assetScheduleOf, cronOf } from '../design/asset-schedule.ts';
export { assetUriProblem, assetWord } from './asset-uri.ts';
export { runTriggers, teardownTasks, type RunTriggers } from './forecast-triggers.ts';
