/**
 * EksPodOperator (amazon provider): KubernetesPodOperator on an EKS cluster,
 * authenticated with the AWS connection (on MWAA the execution role, which
 * the cluster must map to a Kubernetes identity). It builds the kubeconfig
 * itself, so config_file is refused, and it passes name=pod_name,
 * in_cluster and namespace to the pod operator itself: the pod is named by
 * `pod_name`, never `name`. It takes `region`, not `region_name`.
 * Same own keywords on every pin (amazon 8.28.0 ... 9.34.0; 8.28.0 also has
 * the deprecated pod_context/pod_username/is_delete_operator_pod, not offered).
 * On amazon 8.28.0 (MWAA 2.10.1) leaving on_finish_action out keeps the pod
 * and warns AirflowProviderDeprecationWarning on every parse (the default
 * becomes delete_pod in 9.0.0): required there, and a palette task states it.
 */
import { arg, defineOperator, requiredArg } from '../define.ts';
import { amazonAtLeast } from '../aws-args.ts';
import { amazonImports } from '../import-paths.ts';
import { containerArgs, podRunArgs } from '../pod-args.ts';
import type { OperatorSpec } from '../types.ts';

export const EksPodOperator = defineOperator({
  key: 'EksPodOperator',
  label: 'EKS pod',
  category: 'AWS',
  description:
    'Runs a container image as a pod on an Amazon EKS cluster and waits for it, signed in with the AWS connection.',
  imports: amazonImports('operators.eks', 'EksPodOperator'),
  newTaskArgs: { on_finish_action: 'delete_pod' },
  args: (target) => [
    requiredArg('cluster_name', 'string', 'Name of the EKS cluster.', { templated: true }),
    ...containerArgs(),
    arg('namespace', 'string', 'Namespace of the pod.', { default: 'default', templated: true }),
    arg('pod_name', 'string', 'Pod name (a suffix is added). Empty: from the task_id.', {
      templated: true,
    }),
    ...podRunArgs(target).map((spec) =>
      spec.name === 'on_finish_action' && !amazonAtLeast(target, '9.0.0')
        ? requiredArg(
            spec.name,
            spec.type,
            `${spec.help} Amazon 8.x keeps the pod (and warns) when unset.`,
            {
              choices: spec.choices,
            },
          )
        : spec,
    ),
    arg(
      'aws_conn_id',
      'string',
      "Airflow Connection with the AWS credentials. On MWAA keep 'aws_default' to use the environment's execution role.",
      { default: 'aws_default', templated: true },
    ),
    arg(
      'region',
      'string',
      "AWS region of the cluster, e.g. 'eu-west-1'. Empty: the connection's.",
      {
        templated: true,
      },
    ),
  ],
});

export const AWS_EKS_OPERATORS: readonly OperatorSpec[] = [EksPodOperator];
