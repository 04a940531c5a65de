import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { FIXTURES, FORM_HOST, MAPPED_HOSTS, OTHER_HOST } from './paths';
import { selfSignedCert } from './self-signed-cert';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface FixtureServer {
  readonly port: number;
  /** `https://olcsupport.office.com/<path>`: the URL a browser with the host mapping opens. */
  formUrl(variant?: string): string;
  /** A page on an https host that is not Microsoft's. */
  readonly otherUrl: string;
  close(): Promise<void>;
}

/**
 * Serves test/fixtures over HTTPS. On the form host, `/` is the plain practice form and
 * `/<variant>/` the variant `outlook-sender-form/<variant>.html`; any host serves the fixture
 * files by path. Browsers reach it through host mapping, so pages load at Microsoft's real
 * origin and the extension's real match patterns apply.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server = createServer(selfSignedCert(MAPPED_HOSTS), (request, response) => {
    const url = new URL(request.url ?? '/', 'https://fixture.invalid');
    const file = resolveFixture(url.pathname, request.headers.host ?? '');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    formUrl: (variant) => `https://${FORM_HOST}/${variant ? `${variant}/` : ''}`,
    otherUrl: `https://${OTHER_HOST}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function resolveFixture(pathname: string, host: string): string | undefined {
  const onOtherHost = host.startsWith(OTHER_HOST);
  const variant = /^\/([a-z0-9-]*)\/?$/.exec(pathname)?.[1];
  if (variant !== undefined) {
    const page = onOtherHost
      ? 'other-host.html'
      : `outlook-sender-form/${variant === '' ? 'plain' : variant}.html`;
    const file = join(FIXTURES, page);
    return existsSync(file) ? file : undefined;
  }
  const file = normalize(join(FIXTURES, decodeURIComponent(pathname)));
  if (!file.startsWith(FIXTURES) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return file;
}
