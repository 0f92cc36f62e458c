/**
 * Which asset URIs the target's Airflow refuses, measured by constructing
 * `Asset(uri)` (3.x) / `Dataset(uri)` (2.x) in each MWAA version's venv:
 *
 * | rule                                   | 2.10, 2.11        | 3.0.6   | 3.2.1, 3.3.1 |
 * | -------------------------------------- | ----------------- | ------- | ------------ |
 * | empty or only whitespace               | refused           | refused | refused      |
 * | scheme `airflow` (reserved)            | refused           | refused | refused      |
 * | non-ASCII characters                   | refused           | refused | accepted     |
 * | longer than                            | 3000              | 1500    | 1500         |
 * | `s3:` without a bucket (`s3:///key`)   | warns (AIP-60)    | refused | refused      |
 * | a password in it (`ftp://u:pw@host/x`) | warns, drops it   | same    | same         |
 * | a user in it (`https://u@host/x`)      | warns, drops it   | same    | accepted     |
 *
 * A warning counts as a refusal here: an export must import without
 * warnings (the contract), and 2.x's AIP-60 warning says Airflow 3 refuses it.
 * Airflow also rewrites some URIs (lower-case scheme, no fragment, no
 * trailing `/`); producer and consumer are rewritten alike, so that is fine.
 */
import type { AirflowTarget } from '../design/design.ts';
import { compareVersions, isAirflow2 } from '../design/targets.ts';

/** The name Airflow gives the thing on this target, for messages. */
export const assetWord = (target: AirflowTarget): string =>
  isAirflow2(target) ? 'dataset' : 'asset';

/** Python's urlsplit: a scheme is a letter, then letters, digits, `+`, `-`, `.`, then `:`. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s;

/** Why Airflow on `target` refuses (or warns about) `uri`, or null when it takes it as is. */
export function assetUriProblem(uri: string, target: AirflowTarget): string | null {
  const word = assetWord(target);
  const v2 = isAirflow2(target);
  if (uri.trim() === '') return `An ${word} URI cannot be empty.`;
  const limit = v2 ? 3000 : 1500;
  if (uri.length > limit)
    return `The ${word} URI is ${uri.length} characters; Airflow ${target} allows ${limit}.`;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(uri) && compareVersions(target, '3.1.0') < 0)
    return `Airflow ${target} allows only ASCII characters in an ${word} URI; percent-encode the others (%C3%A9 for é).`;
  const match = SCHEME.exec(uri.trimStart());
  if (match === null) return null; // a plain name, like "orders"
  const scheme = match[1]!.toLowerCase();
  const rest = match[2]!;
  if (scheme === 'airflow')
    return `The scheme "airflow" is reserved by Airflow for its own ${word}s.`;
  const netloc = rest.startsWith('//') ? (/^\/\/([^/?#]*)/.exec(rest)?.[1] ?? '') : '';
  if (scheme === 's3' && netloc === '')
    return v2
      ? `An s3 ${word} URI needs a bucket (s3://bucket/key): Airflow ${target} warns that this is not AIP-60 compliant and Airflow 3 refuses it.`
      : `An s3 ${word} URI needs a bucket (s3://bucket/key): Airflow ${target} refuses it.`;
  const at = netloc.lastIndexOf('@');
  if (at >= 0) {
    const userInfo = netloc.slice(0, at);
    if (userInfo.includes(':') || compareVersions(target, '3.1.0') < 0)
      return `The ${word} URI holds credentials ("${userInfo.split(':')[0]}@..."): Airflow ${target} drops them with a warning. Keep credentials in a Connection.`;
  }
  return null;
}
