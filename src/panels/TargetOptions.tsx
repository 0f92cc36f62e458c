/** The `<option>`s of an Airflow target select, one per target, labelled the one way. */
import { AIRFLOW_TARGETS, targetLabel, type AirflowTarget } from '../design/targets.ts';

export function TargetOptions({ note }: { note?: (target: AirflowTarget) => string }) {
  return AIRFLOW_TARGETS.map((t) => (
    <option key={t} value={t}>
      {`${targetLabel(t)}${note?.(t) ?? ''}`}
    </option>
  ));
}
