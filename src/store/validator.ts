/**
 * validateDesign, loaded as a chunk of its own in the browser. With its
 * cron checks (cron-parser, which brings luxon) and the Python syntax check
 * (@lezer/python) it is ~80 KB gzip, a quarter of what the first load once
 * was, and the first paint (canvas, palette, top bar) does not need it: the
 * import starts as soon as the store is loaded and lands a moment after the
 * first frame.
 * Until then `validate` is null; the findings hooks re-render when it
 * arrives. The core itself stays synchronous (the CLI imports it directly).
 */
import { create } from 'zustand';
import type { Design } from '../design/design.ts';
import type { Finding } from '../model/findings.ts';

export type Validate = (design: Design) => Finding[];

export const useValidator = create<{ validate: Validate | null }>()(() => ({ validate: null }));

let loading: Promise<Validate> | undefined;

/** Loads the validator once; resolves when findingsFor gives real findings. */
export function loadValidator(): Promise<Validate> {
  loading ??= import('../model/validate/index.ts').then(
    ({ validateDesign }) => {
      const validate: Validate = (design) => validateDesign(design);
      useValidator.setState({ validate });
      return validate;
    },
    (err: unknown) => {
      loading = undefined; // a chunk that failed to load (offline, new deploy) is retried
      throw err;
    },
  );
  return loading;
}

/** True while the validator is still loading: "no findings" means "not checked yet". */
export function useValidatorPending(): boolean {
  return useValidator((s) => s.validate === null);
}

loadValidator().catch((err: unknown) => console.error('the validator did not load', err));
