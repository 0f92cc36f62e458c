/**
 * `default_args`: owner, retries and retry_delay always shown (the warnings
 * ask for them), any other BaseOperator argument added by name.
 */
import { commonArgsFor } from '../catalog/index.ts';
import type { AirflowTarget, JsonValue } from '../design/design.ts';
import type { Finding } from '../model/findings.ts';
import { childPath } from '../model/paths.ts';
import { ArgField } from './fields/ArgField.tsx';
import { CALLBACK_KEYS, notifierCallsOf } from '../design/mapping-alerts.ts';
import { ExtraArgsEditor } from './fields/ExtraArgsEditor.tsx';

const FIXED = ['owner', 'retries', 'retry_delay'] as const;

export interface DefaultArgsSectionProps {
  defaultArgs: Readonly<Record<string, JsonValue>>;
  target: AirflowTarget;
  findings: readonly Finding[];
  onChange: (next: Record<string, JsonValue>) => void;
}

export function DefaultArgsSection({
  defaultArgs,
  target,
  findings,
  onChange,
}: DefaultArgsSectionProps) {
  const specs = commonArgsFor(target);
  const set = (key: string, value: JsonValue | undefined) => {
    const next = { ...defaultArgs };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const fixedSpecs = FIXED.map((name) => specs.find((s) => s.name === name)).filter(
    (s) => s !== undefined,
  );
  // Alert hooks that read as notifier lists are edited in the Alerts section; anything else stays here as typed.
  const others = Object.keys(defaultArgs).filter(
    (key) =>
      !(FIXED as readonly string[]).includes(key) &&
      !(
        (CALLBACK_KEYS as readonly string[]).includes(key) &&
        notifierCallsOf(defaultArgs[key]!) !== null
      ),
  );
  return (
    <section className="form-section" aria-labelledby="dag-default-args-heading">
      <h3 className="form-section__title" id="dag-default-args-heading">
        default_args
      </h3>
      <p className="muted">Applied to every task unless the task sets its own value.</p>
      <div className="grid-3">
        {fixedSpecs.map((spec) => (
          <ArgField
            key={spec.name}
            spec={spec}
            path={childPath('dag.default_args', spec.name)}
            value={defaultArgs[spec.name]}
            findings={findings}
            onChange={(value) => set(spec.name, value)}
          />
        ))}
      </div>
      <ExtraArgsEditor
        noun="default argument"
        basePath="dag.default_args"
        entries={defaultArgs}
        keys={others}
        suggestions={specs.filter((s) => !(FIXED as readonly string[]).includes(s.name))}
        findings={findings}
        onSet={set}
      />
    </section>
  );
}
