/**
 * The "Problems" panel: every finding of the live design (the same
 * validateDesign the CLI runs), errors first. Activating a row selects the
 * task, opens the right tab and focuses the field (store `focusFinding`).
 */
import { useEditor, useFindings, useValidatorPending } from '../store/index.ts';
import type { Finding } from '../model/findings.ts';
import { describeFindingLocation } from './finding-path.ts';
import { countFindings, describeCounts, findingKey, sortFindings } from './findings-summary.ts';

export function FindingCountBadge({ findings }: { findings: readonly Finding[] }) {
  const counts = countFindings(findings);
  return (
    <span
      className="count-badge"
      aria-label={describeCounts(counts)}
      title={describeCounts(counts)}
    >
      <span
        className={`count-badge__part${counts.errors ? ' count-badge__part--error' : ''}`}
        aria-hidden="true"
      >
        <SeverityIcon severity="error" /> {counts.errors}
      </span>
      <span
        className={`count-badge__part${counts.warnings ? ' count-badge__part--warning' : ''}`}
        aria-hidden="true"
      >
        <SeverityIcon severity="warning" /> {counts.warnings}
      </span>
    </span>
  );
}

export function SeverityIcon({ severity }: { severity: Finding['severity'] }) {
  return severity === 'error' ? (
    <svg
      className="sev-icon sev-icon--error"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
    >
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  ) : (
    <svg
      className="sev-icon sev-icon--warning"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
    >
      <path d="M8 1.5l7 12.5H1z" fill="currentColor" />
      <path d="M8 6v4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12" r="0.9" fill="#fff" />
    </svg>
  );
}

export function ValidationPanel() {
  const design = useEditor((s) => s.design);
  const focusFinding = useEditor((s) => s.focusFinding);
  const open = useEditor((s) => s.validationOpen);
  const setOpen = useEditor((s) => s.setValidationOpen);
  const findings = useFindings();
  // The validator is a lazy chunk: until it lands, no findings means "not checked yet".
  const pending = useValidatorPending();
  const sorted = sortFindings(findings);

  return (
    <section className="panel problems" aria-labelledby="problems-heading">
      <div className="problems__header">
        <h2 className="panel__title" id="problems-heading">
          <button
            type="button"
            className="problems__toggle"
            aria-expanded={open}
            aria-controls="problems-list"
            onClick={() => setOpen(!open)}
          >
            <span className="problems__chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            Problems
          </button>
        </h2>
        <FindingCountBadge findings={findings} />
      </div>
      <div id="problems-list" hidden={!open}>
        {sorted.length === 0 ? (
          <p className="problems__empty" aria-busy={pending}>
            {pending ? 'Checking the design…' : 'No problems: the design is ready to export.'}
          </p>
        ) : (
          <ul className="problems__list">
            {sorted.map((finding, index) => {
              const location = describeFindingLocation(finding.path, design);
              return (
                <li key={findingKey(finding, index)}>
                  <button
                    type="button"
                    className={`problem problem--${finding.severity}`}
                    onClick={() => focusFinding(finding)}
                    title={finding.path ? `Go to ${finding.path}` : undefined}
                  >
                    <SeverityIcon severity={finding.severity} />
                    <span className="sr-only">{finding.severity}:</span>
                    <code className="problem__code">{finding.code}</code>
                    <span className="problem__location">{location}</span>
                    <span className="problem__message">{finding.message}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
