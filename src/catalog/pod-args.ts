/**
 * Arguments of KubernetesPodOperator (cncf.kubernetes provider) that
 * EksPodOperator (amazon provider, a subclass) also takes: the container and
 * how the pod runs. Which of them are template fields follows the pinned
 * cncf.kubernetes version (measured on MWAA's pins 8.4.1 ... 10.21.0):
 * node_selector and kubernetes_conn_id from 9.x on (not in 8.4.1), name from
 * 10.5.0 (not in 9.0.1). container_resources, volumes and secrets take
 * kubernetes client objects with no JSON form and are not offered.
 */
import type { AirflowTarget } from '../design/targets.ts';
import { arg, deferrableArg, requiredArg } from './define.ts';
import { CNCF_KUBERNETES_PROVIDER } from './import-paths.ts';
import { providerAtLeast } from './providers.ts';
import type { ArgSpec } from './types.ts';

/** True when the cncf.kubernetes provider the target pins is at least `version`. */
export function cncfAtLeast(target: AirflowTarget, version: string): boolean {
  return providerAtLeast(target, CNCF_KUBERNETES_PROVIDER, version);
}

export const ON_FINISH_ACTIONS = ['delete_pod', 'delete_succeeded_pod', 'keep_pod'] as const;

/** The container: image, command, environment (first in the form). */
export function containerArgs(): ArgSpec[] {
  return [
    // Airflow accepts no image when a pod template gives one; a pod from the palette needs one.
    requiredArg(
      'image',
      'string',
      "Container image, e.g. '123456789012.dkr.ecr.eu-west-1.amazonaws.com/etl:1.4' or 'python:3.12-slim'.",
      { templated: true },
    ),
    arg(
      'cmds',
      'string_list',
      "Entrypoint, e.g. ['python', '-m', 'etl']. Empty: the image's ENTRYPOINT.",
      { templated: true },
    ),
    arg(
      'arguments',
      'string_list',
      "Arguments of the entrypoint, Jinja allowed, e.g. ['--day', '{{ ds }}'].",
      { templated: true },
    ),
    arg('env_vars', 'json', 'Environment variables of the container, e.g. {"STAGE": "prod"}.', {
      templated: true,
    }),
  ];
}

/** How the pod is scheduled, watched and cleaned up. */
export function podRunArgs(target: AirflowTarget): ArgSpec[] {
  return [
    arg('labels', 'json', 'Pod labels, e.g. {"team": "data"}.', { templated: true }),
    arg('annotations', 'json', 'Pod annotations.', { templated: true }),
    arg('node_selector', 'json', 'Node labels the pod must run on, e.g. {"pool": "batch"}.', {
      templated: cncfAtLeast(target, '9.0.1'),
    }),
    arg('tolerations', 'json', 'Tolerations, e.g. [{"key": "batch", "operator": "Exists"}].'),
    arg('service_account_name', 'string', 'Kubernetes service account of the pod.'),
    arg(
      'image_pull_policy',
      'enum',
      "When to pull the image (Kubernetes default: 'IfNotPresent', 'Always' for :latest).",
      {
        choices: ['Always', 'IfNotPresent', 'Never'],
      },
    ),
    arg(
      'pod_template_file',
      'string',
      'Path of a pod YAML on the worker to start from; the arguments here override it.',
      { templated: true },
    ),
    arg('get_logs', 'boolean', "Copy the container's stdout into the task log.", {
      default: true,
    }),
    arg('log_events_on_failure', 'boolean', "Log the pod's Kubernetes events when it fails.", {
      default: false,
    }),
    arg(
      'startup_timeout_seconds',
      'integer',
      'Seconds the pod may take to start (image pull included) before the task fails.',
      { default: 120 },
    ),
    arg(
      'active_deadline_seconds',
      'integer',
      'Seconds the pod may run before Kubernetes stops it. Empty: no limit.',
    ),
    arg('termination_grace_period', 'integer', 'Seconds the pod gets to stop when killed.'),
    arg(
      'on_finish_action',
      'enum',
      'What happens to the pod when it ends: delete it, delete it only on success, or keep it.',
      { choices: ON_FINISH_ACTIONS, default: 'delete_pod' },
    ),
    arg('random_name_suffix', 'boolean', 'Add a random suffix to the pod name (unique names).', {
      default: true,
    }),
    arg(
      'skip_on_exit_code',
      'integer',
      'Container exit code that marks the task skipped instead of failed.',
    ),
    deferrableArg(),
    arg('poll_interval', 'number', 'Seconds between status checks while deferred.', {
      default: 2,
    }),
  ];
}
