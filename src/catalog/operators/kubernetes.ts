/**
 * KubernetesPodOperator (apache-airflow-providers-cncf-kubernetes, pinned by
 * every MWAA version: 8.4.1 for 2.10.1 ... 10.21.0 for 3.3.1). MWAA workers do
 * not run inside Kubernetes, so the pod reaches a cluster through a kubeconfig
 * (config_file, typically in the DAGs folder) or a Kubernetes connection:
 * a task from the palette starts with in_cluster false. For EKS without a
 * kubeconfig, EksPodOperator (aws-eks.ts) is the simpler choice.
 */
import { arg, defineOperator } from '../define.ts';
import { CNCF_KUBERNETES_PROVIDER, providerImports } from '../import-paths.ts';
import { cncfAtLeast, containerArgs, podRunArgs } from '../pod-args.ts';
import type { OperatorSpec } from '../types.ts';

export const KubernetesPodOperator = defineOperator({
  key: 'KubernetesPodOperator',
  label: 'Kubernetes pod',
  category: 'Kubernetes',
  description:
    'Runs a container image as a pod on a Kubernetes cluster and waits for it; the task log shows its output.',
  imports: providerImports(
    'airflow.providers.cncf.kubernetes.operators.pod',
    'KubernetesPodOperator',
    CNCF_KUBERNETES_PROVIDER,
  ),
  newTaskArgs: { in_cluster: false },
  args: (target) => [
    ...containerArgs(),
    arg('namespace', 'string', "Namespace of the pod. Empty: the connection's, else 'default'.", {
      templated: true,
    }),
    arg('name', 'string', 'Pod name (a suffix is added). Empty: from the task_id.', {
      templated: cncfAtLeast(target, '10.5.0'),
    }),
    arg(
      'in_cluster',
      'boolean',
      "Use the service account of a worker that runs inside the cluster. MWAA's workers do not: keep false and give config_file or a connection.",
    ),
    arg(
      'config_file',
      'string',
      "Path of a kubeconfig on the worker, e.g. '/usr/local/airflow/dags/kube_config.yaml' (MWAA copies the DAGs folder there).",
      { templated: true },
    ),
    arg('cluster_context', 'string', 'Context of the kubeconfig to use. Empty: its current one.', {
      templated: true,
    }),
    arg(
      'kubernetes_conn_id',
      'string',
      'Airflow Connection of type Kubernetes (kubeconfig, namespace, in_cluster).',
      { default: 'kubernetes_default', templated: cncfAtLeast(target, '9.0.1') },
    ),
    ...podRunArgs(target),
  ],
});

export const KUBERNETES_OPERATORS: readonly OperatorSpec[] = [KubernetesPodOperator];
