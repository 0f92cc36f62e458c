/**
 * A loopback HTTP proxy in front of moto that answers HEAD of chosen keys
 * with 403 and an empty body, as real S3 does when the caller's s3:ListBucket
 * grant is limited by an `s3:prefix` condition (moto does not enforce bucket
 * policies on HEAD). Everything else is passed through unchanged, so the
 * deploy still talks to a real S3 API; only this one answer is S3's.
 */
import { createServer, request, type Server } from 'node:http';

export interface DenyHeadProxy {
  endpoint: string;
  close(): Promise<void>;
}

export async function startDenyHeadProxy(
  target: string,
  deniedPaths: readonly string[],
): Promise<DenyHeadProxy> {
  const upstream = new URL(target);
  const server: Server = createServer((incoming, outgoing) => {
    const path = (incoming.url ?? '/').split('?')[0] ?? '/';
    if (incoming.method === 'HEAD' && deniedPaths.includes(decodeURIComponent(path))) {
      incoming.resume();
      outgoing.writeHead(403).end();
      return;
    }
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forward);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
