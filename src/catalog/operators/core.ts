/**
 * Core operators: EmptyOperator, BashOperator, TriggerDagRunOperator.
 * 2.x: Airflow core 2.10.5 / 2.11.0. 3: standard provider 1.19.0 (pinned).
 */
import { arg, deferrableArg, defineOperator, isAirflow2, requiredArg } from '../define.ts';
import { coreImports, STANDARD_PROVIDER } from '../import-paths.ts';
import { since } from '../providers.ts';
import type { AirflowTarget } from '../../design/targets.ts';
import type { ArgSpec, OperatorSpec } from '../types.ts';

export const EmptyOperator = defineOperator({
  key: 'EmptyOperator',
  label: 'Empty',
  category: 'Core',
  description: 'Does nothing. Use it as a start/end marker or to join branches.',
  imports: coreImports('EmptyOperator'),
  args: () => [],
});

export const BashOperator = defineOperator({
  key: 'BashOperator',
  label: 'Bash',
  category: 'Core',
  description: 'Runs a bash command or script on the worker.',
  imports: coreImports('BashOperator'),
  args: () => [
    requiredArg(
      'bash_command',
      'bash',
      "Command or script to run, Jinja allowed (e.g. 'echo {{ ds }}'). Note: a value ending in .sh or .bash is read as a template file next to the DAG; to run a script by absolute path, add a trailing space: 'bash /opt/run.sh '.",
      { templated: true, templateExt: ['.sh', '.bash'] },
    ),
    arg(
      'env',
      'json',
      'Environment variables for the command, e.g. {"STAGE": "prod"}. Replaces the worker environment unless append_env is true.',
      {
        templated: true,
      },
    ),
    arg('append_env', 'boolean', 'Add env to the inherited environment instead of replacing it.', {
      default: false,
    }),
    arg('output_encoding', 'string', 'Encoding of the command output.', { default: 'utf-8' }),
    arg(
      'skip_on_exit_code',
      'integer',
      'Exit code that marks the task skipped instead of failed.',
      { default: 99 },
    ),
    arg('cwd', 'string', 'Working directory (default: a fresh temporary directory).', {
      templated: true,
    }),
  ],
});

function triggerDagRunArgs(target: AirflowTarget): ArgSpec[] {
  const args: ArgSpec[] = [
    requiredArg('trigger_dag_id', 'string', 'dag_id of the DAG to trigger.', { templated: true }),
    arg('trigger_run_id', 'string', 'run_id for the new run (default: generated).', {
      templated: true,
    }),
    arg('conf', 'json', 'Configuration passed to the triggered run (its params / dag_run.conf).', {
      templated: true,
    }),
    arg(
      'logical_date',
      'string',
      isAirflow2(target)
        ? "Logical date of the triggered run: ISO date-time or Jinja like '{{ logical_date }}'. Default: now. (Replaces the deprecated execution_date.)"
        : "Logical date of the triggered run: ISO date-time or Jinja like '{{ logical_date }}'. Airflow 3 default: none (a run with no logical date).",
      { templated: true },
    ),
    arg(
      'reset_dag_run',
      'boolean',
      'If a run with that id/date already exists, clear and rerun it.',
      {
        default: false,
      },
    ),
    arg('wait_for_completion', 'boolean', 'Wait until the triggered run finishes.', {
      default: false,
      templated: true,
    }),
    arg('poke_interval', 'duration', 'Seconds between checks while waiting for completion.', {
      default: 60,
      durationAs: 'seconds',
    }),
    arg(
      'allowed_states',
      'string_list',
      "Run states counted as success when waiting (default ['success']).",
      {},
    ),
    arg(
      'failed_states',
      'string_list',
      "Run states counted as failure when waiting (default ['failed']).",
      {},
    ),
    arg(
      'skip_when_already_exists',
      'boolean',
      'Skip instead of failing when the run already exists.',
      {
        default: false,
        templated: true,
      },
    ),
    deferrableArg(),
  ];
  if (!isAirflow2(target)) {
    args.push(
      arg('fail_when_dag_is_paused', 'boolean', 'Fail if the triggered DAG is paused.', {
        default: false,
      }),
      // Oldest standard provider pinned by an MWAA version that has each (1.6.0 has neither).
      ...since(
        STANDARD_PROVIDER,
        '1.17.0',
        arg('run_after', 'string', 'Earliest date-time the triggered run may start.'),
      ),
      ...since(
        STANDARD_PROVIDER,
        '1.12.3',
        arg('note', 'string', 'Note attached to the triggered run.'),
      ),
    );
  }
  return args;
}

export const TriggerDagRunOperator = defineOperator({
  key: 'TriggerDagRunOperator',
  label: 'Trigger DAG run',
  category: 'Triggers',
  description: 'Starts a run of another DAG, optionally waiting for it to finish.',
  imports: coreImports('TriggerDagRunOperator'),
  args: triggerDagRunArgs,
});

export const CORE_OPERATORS: readonly OperatorSpec[] = [
  EmptyOperator,
  BashOperator,
  TriggerDagRunOperator,
];
