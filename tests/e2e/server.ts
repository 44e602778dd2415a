/** A local web server for the test pages (loopback only). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function serve(pages: Record<string, { type: string; body: string | Buffer }>): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const page = pages[req.url?.split('?')[0] ?? ''];
    if (!page) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('content-type', page.type);
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
