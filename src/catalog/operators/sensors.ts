/**
 * Core sensors. 2.x: Airflow core 2.10.5 / 2.11.0. 3: standard provider 1.19.0.
 */
import { arg, deferrableArg, defineOperator, isAirflow2, requiredArg } from '../define.ts';
import { coreImports } from '../import-paths.ts';
import { sensorArgs } from '../sensor-args.ts';
import type { OperatorSpec } from '../types.ts';
import { callableInputArgs } from './python.ts';

export const PythonSensor = defineOperator({
  key: 'PythonSensor',
  label: 'Python sensor',
  category: 'Sensors',
  description: 'Calls the Python function written in the task until it returns a truthy value.',
  isSensor: true,
  usesPythonCallable: true,
  imports: coreImports('PythonSensor'),
  args: () => [...callableInputArgs(), ...sensorArgs()],
});

export const ExternalTaskSensor = defineOperator({
  key: 'ExternalTaskSensor',
  label: 'External task sensor',
  category: 'Sensors',
  description:
    'Waits for a task (or a whole run) of another DAG, for the matching logical date, to reach a state.',
  isSensor: true,
  imports: coreImports('ExternalTaskSensor'),
  args: (target) => [
    requiredArg('external_dag_id', 'string', 'dag_id of the DAG to wait for.', { templated: true }),
    arg(
      'external_task_id',
      'string',
      'Task to wait for. Empty (and no ids/group): wait for the whole DAG run.',
      {
        templated: true,
      },
    ),
    arg(
      'external_task_ids',
      'string_list',
      'Several tasks to wait for (instead of external_task_id).',
      {
        templated: true,
      },
    ),
    arg('external_task_group_id', 'string', 'Wait for every task of this TaskGroup.', {
      templated: true,
    }),
    arg('allowed_states', 'string_list', "States that count as done (default ['success']).", {}),
    arg('skipped_states', 'string_list', 'States that make this sensor skip.', {}),
    arg(
      'failed_states',
      'string_list',
      "States that make this sensor fail at once (e.g. ['failed']).",
      {},
    ),
    arg(
      'execution_delta',
      'duration',
      "Seconds to subtract from this run's logical date to find the other DAG's run (e.g. 3600 when the other DAG runs an hour earlier). Both DAGs must otherwise share the schedule.",
    ),
    arg('check_existence', 'boolean', 'Fail at once if the external DAG or task does not exist.', {
      default: false,
    }),
    arg('poll_interval', 'duration', 'Seconds between checks in deferrable mode.', {
      default: isAirflow2(target) ? 2 : null,
      durationAs: 'seconds',
    }),
    deferrableArg(),
    ...sensorArgs(),
  ],
});

export const TimeDeltaSensor = defineOperator({
  key: 'TimeDeltaSensor',
  label: 'Time delta sensor',
  category: 'Sensors',
  description: "Waits until a given time after the run's data interval end.",
  isSensor: true,
  imports: coreImports('TimeDeltaSensor'),
  args: (target) => [
    // Always emitted as timedelta: on Airflow 3 a bare int is read as MINUTES.
    requiredArg(
      'delta',
      'duration',
      'Seconds to wait after the data interval end (e.g. 3600 = one hour later).',
      {
        // Not a template field in the standard provider of any MWAA 3.x version (1.6.0 to 1.17.0).
        templated: false,
        durationAs: 'timedelta',
      },
    ),
    ...(isAirflow2(target)
      ? []
      : [
          deferrableArg(),
          arg(
            'end_from_trigger',
            'boolean',
            'In deferrable mode, finish the task directly from the triggerer.',
            {
              default: false,
            },
          ),
        ]),
    ...sensorArgs(),
  ],
});

export const DateTimeSensor = defineOperator({
  key: 'DateTimeSensor',
  label: 'Date-time sensor',
  category: 'Sensors',
  description: 'Waits until a wall-clock date-time is reached.',
  isSensor: true,
  imports: coreImports('DateTimeSensor'),
  args: () => [
    requiredArg(
      'target_time',
      'string',
      "When to succeed: ISO date-time or Jinja, e.g. '{{ data_interval_end.add(hours=2) }}'.",
      { templated: true },
    ),
    ...sensorArgs(),
  ],
});

export const CORE_SENSORS: readonly OperatorSpec[] = [
  PythonSensor,
  ExternalTaskSensor,
  TimeDeltaSensor,
  DateTimeSensor,
];
