/**
 * The Airflow target select, bound to the design: it shows the design's
 * target, and a choice becomes one `setTarget` change. The top bar and the
 * DAG panel both render it, so reading a choice back as a target is written once.
 */
import { parseTarget } from '../design/targets.ts';
import { useEditor } from '../store/index.ts';
import { TargetOptions } from './TargetOptions.tsx';

export interface TargetSelectProps {
  id?: string;
  className?: string;
  /** Its accessible name when no <label for> names it. */
  label?: string;
  describedBy?: string;
}

export function TargetSelect({ id, className, label, describedBy }: TargetSelectProps) {
  const target = useEditor((s) => s.design.target.airflow);
  const apply = useEditor((s) => s.apply);
  return (
    <select
      id={id}
      className={className}
      aria-label={label}
      aria-describedby={describedBy}
      value={target}
      onChange={(event) => {
        const next = parseTarget(event.currentTarget.value);
        if (next) apply({ type: 'setTarget', target: next });
      }}
    >
      <TargetOptions />
    </select>
  );
}
