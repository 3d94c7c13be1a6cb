// A tiny localhost server for the demo: `/admin/#/licenses`, `/azure/#view/...`, and so on.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

type Handle = (req: {
  url: string;
  method: string;
  body?: string;
}) => Promise<{ status: number; headers: Record<string, string>; body: string }>;
export type RunningServer = { url: string; close(): Promise<void> };

export function serveSim(handle: Handle, port: number): Promise<RunningServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : undefined;
      const host = req.headers.host ?? `localhost:${port}`;
      handle({ url: `http://${host}${req.url ?? '/'}`, method: req.method ?? 'GET', body })
        .then((out) => {
          res.writeHead(out.status, out.headers);
          res.end(out.body);
        })
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(String(error));
        });
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
