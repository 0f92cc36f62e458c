/**
 * The operator catalog: the single source of operator knowledge for
 * validation, the exporter and the canvas forms.
 */
import type { AirflowTarget } from '../design/design.ts';
import type { OperatorCategory, OperatorSpec, OperatorTargetSpec } from './types.ts';
import { CORE_OPERATORS } from './operators/core.ts';
import { PYTHON_OPERATORS } from './operators/python.ts';
import { CORE_SENSORS } from './operators/sensors.ts';
import { NOTIFY_OPERATORS } from './operators/notify.ts';
import { HTTP_OPERATORS } from './operators/http.ts';
import { SQL_OPERATORS } from './operators/sql.ts';
import { AWS_S3_OPERATORS } from './operators/aws-s3.ts';
import { AWS_COMPUTE_OPERATORS } from './operators/aws-compute.ts';
import { AWS_WORKFLOW_OPERATORS } from './operators/aws-workflow.ts';
import { AWS_ANALYTICS_OPERATORS } from './operators/aws-analytics.ts';
import { AWS_MESSAGING_OPERATORS } from './operators/aws-messaging.ts';
import { AWS_EKS_OPERATORS } from './operators/aws-eks.ts';
import { HUMAN_IN_THE_LOOP_OPERATORS } from './operators/human-in-the-loop.ts';
import { KUBERNETES_OPERATORS } from './operators/kubernetes.ts';

export type * from './types.ts';
export { COMMON_ARGS, commonArgsFor, isCommonArgOn, WEIGHT_RULES } from './common-args.ts';
export {
  TRIGGER_RULES,
  DEFAULT_TRIGGER_RULE,
  RETIRED_TRIGGER_RULES,
  TRIGGER_RULE_HELP,
} from './trigger-rules.ts';
export { SENSOR_MODES, DEFAULT_SENSOR_TIMEOUT, type SensorMode } from './sensor-args.ts';
export { providerAtLeast, since } from './providers.ts';
export { CORE_IMPORT_STYLE, type ImportPath } from './import-paths.ts';
export { getNotifier, NOTIFIERS, type NotifierSpec, type NotifierTargetSpec } from './notifiers.ts';
export { CALLBACK_ARGS, isCallbackArg } from './callback-args.ts';

/** Display order of the palette. */
export const CATEGORIES: readonly OperatorCategory[] = [
  'Core',
  'Python',
  'Sensors',
  'Triggers',
  'Human in the loop',
  'SQL',
  'HTTP',
  'Notify',
  'Kubernetes',
  'AWS',
];

export const OPERATORS: readonly OperatorSpec[] = [
  ...CORE_OPERATORS,
  ...PYTHON_OPERATORS,
  ...CORE_SENSORS,
  ...HUMAN_IN_THE_LOOP_OPERATORS,
  ...SQL_OPERATORS,
  ...HTTP_OPERATORS,
  ...NOTIFY_OPERATORS,
  ...KUBERNETES_OPERATORS,
  ...AWS_S3_OPERATORS,
  ...AWS_COMPUTE_OPERATORS,
  ...AWS_EKS_OPERATORS,
  ...AWS_WORKFLOW_OPERATORS,
  ...AWS_ANALYTICS_OPERATORS,
  ...AWS_MESSAGING_OPERATORS,
];

const BY_KEY: ReadonlyMap<string, OperatorSpec> = new Map(OPERATORS.map((op) => [op.key, op]));

export function getOperator(key: string): OperatorSpec | undefined {
  return BY_KEY.get(key);
}

/** The operator as it looks on one target, or undefined when it does not exist there. */
export function getOperatorOnTarget(
  key: string,
  target: AirflowTarget,
): OperatorTargetSpec | undefined {
  return BY_KEY.get(key)?.targets[target];
}

/**
 * Operators (the whole catalog, or a subset such as a search result) grouped
 * by category, in `CATEGORIES` order (every category listed, possibly empty).
 */
export function operatorsByCategory(
  operators: readonly OperatorSpec[] = OPERATORS,
): ReadonlyMap<OperatorCategory, readonly OperatorSpec[]> {
  const groups = new Map<OperatorCategory, OperatorSpec[]>(
    CATEGORIES.map((category) => [category, []]),
  );
  for (const op of operators) groups.get(op.category)?.push(op);
  return groups;
}
