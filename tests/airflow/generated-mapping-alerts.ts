/**
 * Generated designs for alerts and dynamic task mapping: per target, one
 * design per notifier the catalog has there, with every catalog argument of
 * the notifier filled (sampleValue), used as the DAG's on_failure_callback,
 * default_args' on_retry_callback and one task's on_success_callback; and a
 * mapped task over a literal list next to one over an upstream's output. The
 * real-Airflow test then proves each imports without warnings and loads as
 * MappedOperators with the notifiers the design names (expectations.ts).
 */
import { NOTIFIERS } from '../../src/catalog/index.ts';
import { AIRFLOW_TARGETS, type NotifierCall } from '../../src/design/design.ts';
import { testDesign, testTask } from '../../src/testing/designs.ts';
import { sampleValue, type GeneratedDesign } from './generated-designs.ts';

export function mappingAlertsDesigns(): GeneratedDesign[] {
  return AIRFLOW_TARGETS.flatMap((target) =>
    NOTIFIERS.flatMap((notifier) => {
      const spec = notifier.targets[target];
      if (!spec) return [];
      const call: NotifierCall = {
        notifier: notifier.key,
        args: Object.fromEntries(spec.args.map((arg) => [arg.name, sampleValue(arg)])),
      };
      const design = testDesign({
        target: { airflow: target },
        dag: {
          dag_id: `alerts_${notifier.key.toLowerCase()}`,
          schedule: '@daily',
          default_args: { owner: 'data-eng', retries: 1, on_retry_callback: [call] },
          on_failure_callback: [call],
        },
        tasks: [
          testTask('list_files', { operator: 'S3ListOperator', args: { bucket: 'raw' } }),
          testTask('copy_each', {
            operator: 'S3CopyObjectOperator',
            args: { dest_bucket_key: 'out/{{ ti.map_index }}', on_success_callback: [call] },
            expand: { source_bucket_key: { output_of: 'list_files' } },
          }),
          testTask('say_each', {
            operator: 'BashOperator',
            expand: { bash_command: ['echo one', 'echo two'] },
          }),
        ],
        edges: [{ from: 'list_files', to: 'copy_each' }],
      });
      return [{ name: `alerts via ${notifier.key}, mapped tasks`, targets: [target], design }];
    }),
  );
}
