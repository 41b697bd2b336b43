import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { deriveHandlerContext, type HandlerContext } from '../../electron/handlers/context';
import { dispatch } from '../../electron/handlers/dispatch';
import { mimeTypeOf } from '../../electron/main/mime';
import { contentSecurityPolicy } from '../../electron/main/security';
import { AppError } from '../../shared/errors';

/**
 * The browser harness: serves the built renderer on 127.0.0.1 and answers `window.api` calls by
 * dispatching to the same handler table Electron uses. For tests and development only — never shipped.
 */
export interface BridgeServer {
  url: string;
  /** The page URL including the per-run token. */
  pageUrl: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;
/**
 * A body over the limit is still read (and dropped) to its end before the 413 is sent, so the client, which is still
 * uploading, receives the answer instead of a reset; past this much the connection is closed after answering.
 */
const MAX_DRAINED_BYTES = 8 * MAX_BODY_BYTES;

let bridgeClientCache: string | undefined;
async function bridgeClientSource(): Promise<string> {
  if (bridgeClientCache) return bridgeClientCache;
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'bridge-client.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  bridgeClientCache = result.outputFiles[0]?.text ?? '';
  return bridgeClientCache;
}

export async function startBridgeServer(options: { ctx: HandlerContext; rendererDir: string; port?: number }): Promise<BridgeServer> {
  const token = randomBytes(24).toString('hex');
  const rendererDir = resolve(options.rendererDir);
  const clientJs = await bridgeClientSource();
  const sseClients = new Set<ServerResponse>();
  let expectedHost = '';

  // The caller's context with events also sent to the page; it shares the caller's database session.
  const ctx = deriveHandlerContext(options.ctx, {
    emit: (event, payload) => {
      options.ctx.emit(event, payload);
      for (const client of sseClients) client.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    },
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Loopback only and the exact Host we bound: stops DNS-rebinding pages from reaching the bridge.
    if (req.headers.host !== expectedHost) return send(res, 421, 'text/plain', 'misdirected');
    const url = new URL(req.url ?? '/', `http://${expectedHost}`);
    if (url.pathname.startsWith('/__ipc/')) {
      if (req.method !== 'POST' || !tokenMatches(req.headers['x-bridge-token'])) return send(res, 403, 'text/plain', 'forbidden');
      const read = await readBody(req);
      if (read.kind === 'too-large') return sendTooLarge(res, read.drained);
      const { body } = read;
      let args: unknown;
      try {
        args = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return sendJson(res, { ok: false, error: { code: 'INVALID_JSON', message: '请求内容不是有效的 JSON。' } });
      }
      const channel = decodePath(url.pathname.slice('/__ipc/'.length));
      if (channel === null) return sendBadEscape(res, url.pathname);
      return sendJson(res, await dispatch(ctx, channel, args));
    }
    if (url.pathname === '/__events') {
      if (!tokenMatches(url.searchParams.get('token') ?? undefined)) return send(res, 403, 'text/plain', 'forbidden');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(': connected\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }
    if (url.pathname === '/__bridge.js') return send(res, 200, mimeTypeOf('bridge.js'), clientJs);
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    const decoded = decodePath(path);
    if (decoded === null) return sendBadEscape(res, url.pathname);
    const file = resolve(rendererDir, `.${decoded}`);
    if (!file.startsWith(`${rendererDir}/`)) return send(res, 404, 'text/plain', 'not found');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(res, 404, 'text/plain', 'not found');
    }
    if (path === '/index.html') {
      // The bridge script must define window.api before the app's module script runs.
      const html = content.toString('utf8').replace('<script', '<script src="./__bridge.js"></script>\n    <script');
      return send(res, 200, mimeTypeOf('index.html'), html);
    }
    return send(res, 200, mimeTypeOf(file), content);
  }

  function tokenMatches(given: string | string[] | undefined): boolean {
    if (typeof given !== 'string' || given.length !== token.length) return false;
    return timingSafeEqual(Buffer.from(given), Buffer.from(token));
  }

  await new Promise<void>((resolveListen) => server.listen(options.port ?? 0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  expectedHost = `127.0.0.1:${port}`;
  const url = `http://${expectedHost}`;
  return {
    url,
    pageUrl: `${url}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const client of sseClients) client.end();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': contentSecurityPolicy({ allowConnectSelf: true }),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** The path with its %-escapes decoded, or null when one does not decode (`%E0%A4%A`): the client's mistake, a 400. */
function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function sendBadEscape(res: ServerResponse, path: string): void {
  sendJson(res, { ok: false, error: new AppError('BRIDGE_BAD_ESCAPE', { path }).toInfo() }, 400);
}

/** 413 once the body has been read to its end; if the client kept sending past MAX_DRAINED_BYTES, then the connection is closed. */
function sendTooLarge(res: ServerResponse, drained: boolean): void {
  if (!drained) res.setHeader('connection', 'close');
  sendJson(res, { ok: false, error: new AppError('BRIDGE_BODY_TOO_LARGE', { limit: `${MAX_BODY_BYTES / 1024 / 1024} MB` }).toInfo() }, 413);
}

type ReadBody = { kind: 'ok'; body: string } | { kind: 'too-large'; drained: boolean };

/** The request body up to MAX_BODY_BYTES; a larger one is read to its end and dropped (see MAX_DRAINED_BYTES). */
function readBody(req: IncomingMessage): Promise<ReadBody> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: ReadBody) => {
      if (settled) return;
      settled = true;
      resolveBody(result);
    };
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_DRAINED_BYTES) return settle({ kind: 'too-large', drained: false });
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DRAINED_BYTES) {
        req.pause();
        settle({ kind: 'too-large', drained: false });
      } else if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () =>
      settle(size > MAX_BODY_BYTES ? { kind: 'too-large', drained: true } : { kind: 'ok', body: Buffer.concat(chunks).toString('utf8') }),
    );
    req.on('error', reject);
  });
}
