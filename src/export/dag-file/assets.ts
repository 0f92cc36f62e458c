/**
 * Assets (Airflow 3) and datasets (2.x) in the DAG file: the DAG's asset
 * schedule and task `outlets` / `inlets`. Import paths per MWAA version,
 * measured in each version's venv (none warns, none is flagged by ruff's
 * AIR rules beyond the 2.x file-wide exemptions):
 * - 2.10 / 2.11: `airflow.datasets.Dataset`, `DatasetOrTimeSchedule` from
 *   `airflow.timetables.datasets` (both since 2.9), `datasets=`.
 * - 3.x: `airflow.sdk.Asset`; `AssetOrTimeSchedule` and
 *   `CronTriggerTimetable` are in `airflow.sdk` from 3.1 (MWAA 3.2.1, 3.3.1),
 *   in `airflow.timetables.assets` / `airflow.timetables.trigger` on 3.0.
 * `when: any` is `Asset(a) | Asset(b)`; `all` a list, which Airflow reads as
 * "all of them". One asset is always a list: any and all mean the same.
 */
import type { AirflowTarget, AssetSchedule } from '../../design/design.ts';
import { compareVersions, isAirflow2 } from '../../design/targets.ts';
import { pyStr, type PyExpr } from '../python-literal.ts';
import { renderCallBlock } from './calls.ts';
import type { ImportCollector } from './imports.ts';
import type { ImportOf } from './targets.ts';

interface AssetNames {
  asset: ImportOf;
  orTime: ImportOf;
  /** The keyword of the or-time schedule that takes the assets. */
  assetsKeyword: 'assets' | 'datasets';
  cronTimetable: ImportOf;
}

function assetNames(target: AirflowTarget): AssetNames {
  if (isAirflow2(target)) {
    return {
      asset: { module: 'airflow.datasets', name: 'Dataset' },
      orTime: { module: 'airflow.timetables.datasets', name: 'DatasetOrTimeSchedule' },
      assetsKeyword: 'datasets',
      cronTimetable: { module: 'airflow.timetables.trigger', name: 'CronTriggerTimetable' },
    };
  }
  const sdk = compareVersions(target, '3.1.0') >= 0;
  return {
    asset: { module: 'airflow.sdk', name: 'Asset' },
    orTime: sdk
      ? { module: 'airflow.sdk', name: 'AssetOrTimeSchedule' }
      : { module: 'airflow.timetables.assets', name: 'AssetOrTimeSchedule' },
    assetsKeyword: 'assets',
    cronTimetable: sdk
      ? { module: 'airflow.sdk', name: 'CronTriggerTimetable' }
      : { module: 'airflow.timetables.trigger', name: 'CronTriggerTimetable' },
  };
}

/** `Asset("s3://...")` (or `Dataset(...)` on 2.x). */
function pyAsset(uri: string, target: AirflowTarget, imports: ImportCollector): PyExpr {
  const { asset } = assetNames(target);
  return `${imports.use(asset.module, asset.name)}(${pyStr(uri)})`;
}

/** `[Asset(a), Asset(b)]`, one per line when several: the form of outlets, inlets and `all`. */
export function pyAssetList(
  uris: readonly string[],
  target: AirflowTarget,
  imports: ImportCollector,
  indent: string,
): PyExpr {
  const items = uris.map((uri) => pyAsset(uri, target, imports));
  if (items.length === 1) return `[${items[0]}]`;
  return `[\n${items.map((item) => `${indent}    ${item},\n`).join('')}${indent}]`;
}

/** The assets of a schedule: a list for `all` (and for one asset), `a | b` for `any`. */
function pyCondition(
  schedule: AssetSchedule,
  target: AirflowTarget,
  imports: ImportCollector,
  indent: string,
): PyExpr {
  if (schedule.when === 'all' || schedule.assets.length < 2)
    return pyAssetList(schedule.assets, target, imports, indent);
  const items = schedule.assets.map((uri) => pyAsset(uri, target, imports));
  return `(\n${items.map((item, i) => `${indent}    ${i > 0 ? '| ' : ''}${item}\n`).join('')}${indent})`;
}

/**
 * The `schedule=` value for an asset schedule, for a keyword argument
 * indented by `indent`: the assets alone, or with a cron
 * `AssetOrTimeSchedule(timetable=CronTriggerTimetable(cron, timezone="UTC"), assets=...)`.
 */
export function pyAssetSchedule(
  schedule: AssetSchedule,
  target: AirflowTarget,
  imports: ImportCollector,
  indent: string,
): PyExpr {
  if (schedule.cron === undefined) return pyCondition(schedule, target, imports, indent);
  const names = assetNames(target);
  const timetable = `${imports.use(names.cronTimetable.module, names.cronTimetable.name)}(${pyStr(schedule.cron)}, timezone="UTC")`;
  const inner = renderCallBlock(
    imports.use(names.orTime.module, names.orTime.name),
    [
      { name: 'timetable', value: timetable },
      { name: names.assetsKeyword, value: pyCondition(schedule, target, imports, indent + '    ') },
    ],
    indent,
  );
  return inner.slice(indent.length);
}
