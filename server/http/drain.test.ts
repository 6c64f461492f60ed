import {
  createServer,
  request,
  type Agent,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { HttpDrain } from './drain.js';

/** A server whose /slow answers only when told to, and whose other paths answer at once. */
async function serverWithDrain() {
  const release: (() => void)[] = [];
  const server = createServer();
  const drain = new HttpDrain(server);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    drain.track(res);
    if (req.url === '/slow') release.push(() => res.end('slow'));
    else res.end('fast');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, drain, release, port };
}

const get = (port: number, path: string, agent?: Agent) =>
  new Promise<{ status: number; connection: string | undefined; body: string }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body });
        });
      });
      req.on('error', reject);
      req.end();
    },
  );

describe('HttpDrain', () => {
  it('lets a request in flight finish, closing its connection, then stops', async () => {
    const { drain, release, port } = await serverWithDrain();
    const slow = get(port, '/slow');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const drained = drain.drain(5_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(drain.phase).toBe('draining');
    release.forEach((answer) => {
      answer();
    });
    expect(await slow).toEqual({ status: 200, connection: 'close', body: 'slow' });
    expect(await drained).toBe(0);
    expect(drain.phase).toBe('closed');
    await expect(get(port, '/fast')).rejects.toThrow(); // no longer listening
  });

  it('cuts what is still in flight at the deadline, and says how much', async () => {
    const { drain, port } = await serverWithDrain();
    const stuck = get(port, '/slow').catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    expect(await drain.drain(200)).toBe(1);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await stuck).toBeInstanceOf(Error); // the connection was closed
  });
});
