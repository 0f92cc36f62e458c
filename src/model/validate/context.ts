/**
 * What every validation concern reads: the design, the catalog it is checked
 * against (injectable, so tests can use a tiny fake), "now" (for the catchup
 * warning) and the task graph.
 */
import {
  COMMON_ARGS,
  DEFAULT_SENSOR_TIMEOUT,
  getOperator,
  isCommonArgOn,
  OPERATORS,
  RETIRED_TRIGGER_RULES,
  TRIGGER_RULES,
} from '../../catalog/index.ts';
import type { CommonArgSpec, OperatorSpec } from '../../catalog/types.ts';
import type { AirflowTarget, Design } from '../../design/design.ts';
import type { AirflowLine } from '../../design/targets.ts';

export interface ValidationCatalog {
  getOperator(key: string): OperatorSpec | undefined;
  /** Every operator key, for "did you mean" hints. */
  operatorKeys?: readonly string[];
  commonArgs: readonly CommonArgSpec[];
  triggerRules: Readonly<Record<AirflowLine, readonly string[]>>;
  /** Rules users know that are not offered, with a replacement for the message. */
  retiredTriggerRules?: Readonly<Record<string, { replacement: string | null; reason: string }>>;
  /** `[sensors] default_timeout` in seconds, for sensors without a `timeout`. */
  defaultSensorTimeout: number;
}

export const defaultCatalog: ValidationCatalog = {
  getOperator,
  operatorKeys: OPERATORS.map((op) => op.key),
  commonArgs: COMMON_ARGS,
  triggerRules: TRIGGER_RULES,
  retiredTriggerRules: RETIRED_TRIGGER_RULES,
  defaultSensorTimeout: DEFAULT_SENSOR_TIMEOUT,
};

export interface ValidateOptions {
  catalog?: ValidationCatalog;
  /** Reference time for the catchup backlog warning. Default: the current time. */
  now?: Date;
}

export interface ValidationContext {
  design: Design;
  catalog: ValidationCatalog;
  now: Date;
  target: AirflowTarget;
}

/** Common arguments valid on `target`. */
export const commonArgsOn = (catalog: ValidationCatalog, target: AirflowTarget) =>
  catalog.commonArgs.filter((spec) => isCommonArgOn(spec, target));
