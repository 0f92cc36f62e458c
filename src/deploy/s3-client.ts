/**
 * A thin wrapper over @aws-sdk/client-s3: the client factory and a way to
 * turn SDK errors into one-line messages. Credentials always come from the
 * standard chain (environment, shared profile, SSO, instance/task role);
 * this module never reads, prints or stores a secret.
 */
import { S3Client } from '@aws-sdk/client-s3';

export type Env = Readonly<Record<string, string | undefined>>;

interface StaticCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface ClientOptions {
  region?: string;
  endpointUrl?: string;
  /** The environment the command runs in (io.env); defaults to process.env. */
  env?: Env;
}

/**
 * The environment step of the credential chain, applied to `env` rather than
 * process.env so a caller (a test, an embedding tool) can hand the command its
 * environment. When `env` holds no keys, the SDK's own default chain runs
 * (profile from AWS_PROFILE, SSO, web identity, container and instance roles).
 */
function credentialsFromEnv(env: Env): StaticCredentials | undefined {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = env.AWS_SESSION_TOKEN;
  return sessionToken
    ? { accessKeyId, secretAccessKey, sessionToken }
    : { accessKeyId, secretAccessKey };
}

/** The region to use: `--region`, then AWS_REGION / AWS_DEFAULT_REGION, then the SDK's profile lookup. */
export function resolveRegion(options: ClientOptions): string | undefined {
  const env = options.env ?? process.env;
  const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  // A local S3 API (moto, MinIO) does not care; pick one so no profile is needed.
  return region ?? (options.endpointUrl ? 'us-east-1' : undefined);
}

export function createS3Client(options: ClientOptions): S3Client {
  // The SDK warns on Node < 22 about SDK releases after January 2027; the
  // project pins its SDK and supports Node 20 (package.json engines), so the
  // multi-line warning would only bury the deploy's own messages. A user who
  // sets the variable keeps control of it.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const env = options.env ?? process.env;
  const credentials = credentialsFromEnv(env);
  const region = resolveRegion(options);
  return new S3Client({
    ...(region ? { region } : {}),
    ...(credentials ? { credentials } : {}),
    ...(env.AWS_PROFILE && !credentials ? { profile: env.AWS_PROFILE } : {}),
    // Local S3 APIs (moto, MinIO) serve buckets by path, not by virtual host.
    ...(options.endpointUrl ? { endpoint: options.endpointUrl, forcePathStyle: true } : {}),
  });
}

interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: number };
}

/** HTTP status of an SDK error, or undefined when the request never got an answer. */
export function httpStatus(error: unknown): number | undefined {
  return (error as SdkErrorShape | null)?.$metadata?.httpStatusCode;
}

/** The S3 error code (`NoSuchBucket`, `AccessDenied`, ...) or a stand-in from the HTTP status. */
export function errorCode(error: unknown): string {
  const e = (error ?? {}) as SdkErrorShape;
  const name = typeof e.name === 'string' ? e.name : '';
  // Error responses without a body (HEAD, some 403s) come back as `Unknown`/`NotFound`.
  if (name !== '' && name !== 'Unknown' && name !== 'UnknownError' && name !== 'Error') return name;
  const status = httpStatus(error);
  if (status === 403) return 'AccessDenied';
  if (status === 404) return 'NotFound';
  if (typeof e.code === 'string') return e.code; // ECONNREFUSED, ENOTFOUND, ...
  return status ? `HTTP${status}` : name || 'Error';
}

/** One line for the user: code, HTTP status and message, never a stack or a credential. */
export function describeError(error: unknown): string {
  const e = (error ?? {}) as SdkErrorShape;
  const code = errorCode(error);
  const status = httpStatus(error);
  const message = typeof e.message === 'string' && e.message !== 'UnknownError' ? e.message : '';
  const parts = [code, status ? `(HTTP ${status})` : '(no response)'];
  if (message && message !== code) parts.push(`: ${message}`);
  return parts.join(' ').replace(' :', ':');
}
