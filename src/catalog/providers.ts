/**
 * Which provider version each target has: exactly what that MWAA version's
 * Airflow constraints pin (mwaa/constraints-<version>.txt, read into
 * src/design/mwaa-versions.generated.ts), never a pin of our own. Argument lists
 * that changed between provider versions are gated on these
 * (`providerAtLeast`, `since`), so adding an MWAA version needs no edit here.
 */
import { compareVersions, providerVersion, type AirflowTarget } from '../design/targets.ts';
import type { ArgSpec } from './types.ts';

/**
 * True when the target's constraints pin `provider` at `version` or newer.
 * A provider the constraints do not pin counts as absent (false).
 */
export function providerAtLeast(target: AirflowTarget, provider: string, version: string): boolean {
  const pinned = providerVersion(target, provider);
  return pinned !== undefined && compareVersions(pinned, version) >= 0;
}

/**
 * `args` that exist from `provider` `version` on: kept on every target, marked
 * with what they need, so the catalog offers them only where the pinned
 * provider has them and validation can say which version introduced them.
 */
export function since(provider: string, version: string, ...args: ArgSpec[]): ArgSpec[] {
  return args.map((spec) => ({ ...spec, needs: { provider, version } }));
}
