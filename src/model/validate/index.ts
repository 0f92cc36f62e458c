/**
 * `validateDesign`: every semantic check of the contract, split by concern,
 * returned in file order (see order.ts). Errors block the export; warnings
 * never do. `invalid-design` is the parser's job (src/io), not ours.
 */
import type { Design } from '../../design/design.ts';
import type { Finding } from '../findings.ts';
import { scanDesignForSecrets } from '../secrets.ts';
import { defaultCatalog, type ValidateOptions, type ValidationContext } from './context.ts';
import { checkDagAlerts } from './alerts.ts';
import { checkAssetSchedule, checkTaskAssets } from './assets.ts';
import { checkDagSettings } from './dag-settings.ts';
import { checkEdges } from './edges.ts';
import { checkGroups } from './groups.ts';
import { checkIds } from './ids.ts';
import { checkMapping } from './mapping.ts';
import { checkUnsafeIntegers } from './numbers.ts';
import { sortFindings } from './order.ts';
import { checkSetupTeardown } from './setup-teardown.ts';
import { checkDefaultArgs, checkTasks } from './tasks.ts';
import { checkWarnings } from './warnings.ts';

export function validateDesign(design: Design, options: ValidateOptions = {}): Finding[] {
  const ctx: ValidationContext = {
    design,
    catalog: options.catalog ?? defaultCatalog,
    now: options.now ?? new Date(),
    target: design.target.airflow,
  };
  const findings = [
    ...checkIds(design),
    ...checkDagSettings(ctx),
    ...checkDagAlerts(ctx),
    ...checkDefaultArgs(ctx),
    ...checkGroups(design),
    ...checkTasks(ctx),
    ...checkMapping(ctx),
    ...checkAssetSchedule(ctx),
    ...checkTaskAssets(ctx),
    ...checkSetupTeardown(ctx),
    ...checkEdges(design),
    ...checkUnsafeIntegers(design),
    ...scanDesignForSecrets(design),
    ...checkWarnings(ctx),
  ];
  return sortFindings(design, findings);
}

export { defaultCatalog, type ValidateOptions, type ValidationCatalog } from './context.ts';
export { fullTaskId, groupChain } from './ids.ts';
export { checkCallableSource, pythonSourceProblem } from './python-source.ts';
