/** Test-only: the expected findings of designs the parser refuses. */
import type { Finding } from '../model/findings.ts';

/** The `invalid-design` error the parser reports at `path`. */
export const invalidDesignAt = (path: string, message: string): Finding => ({
  severity: 'error',
  code: 'invalid-design',
  path,
  message,
});
