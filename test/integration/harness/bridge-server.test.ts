import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridgeServer, type BridgeServer } from '../../harness/bridge-server';
import { makeTestContext, type TestContext } from '../../support/context';
import { makeTempDir } from '../../support/temp';

// The development bridge answers malformed requests with a status the client can read, never a 500 or a reset.
let ctx: TestContext;
let temp: ReturnType<typeof makeTempDir>;
let bridge: BridgeServer;
beforeEach(async () => {
  ctx = makeTestContext();
  temp = makeTempDir();
  bridge = await startBridgeServer({ ctx, rendererDir: temp.dir });
});
afterEach(async () => {
  await bridge.close();
  temp.cleanup();
  ctx.cleanup();
});

interface Answer {
  status: number;
  body: string;
}

/** One request over a fresh connection; `body` is written in 64 KiB chunks, as a browser uploads. */
function send(path: string, options: { method?: string; body?: Buffer; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    const target = new URL(path, bridge.url);
    const req = request(
      target,
      {
        method: options.method ?? 'POST',
        agent: false,
        headers: { 'x-bridge-token': bridge.token, 'content-type': 'application/json', ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolveAnswer({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    const body = options.body ?? Buffer.alloc(0);
    const chunk = 64 * 1024;
    let offset = 0;
    const writeMore = (): void => {
      while (offset < body.length) {
        const piece = body.subarray(offset, offset + chunk);
        offset += chunk;
        if (!req.write(piece)) {
          req.once('drain', writeMore);
          return;
        }
      }
      req.end();
    };
    writeMore();
  });
}

const errorCode = (answer: Answer) => (JSON.parse(answer.body) as { ok: boolean; error: { code: string; message: string } }).error.code;

describe('bridge server', () => {
  it('answers a working call 200', async () => {
    const answer = await send('/__ipc/app%3Ainfo', { body: Buffer.from('{}') });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
  });

  it('answers a malformed percent-escape 400 with a JSON error, on a channel and on a page path', async () => {
    const channel = await send('/__ipc/app%E0%A4%A', { body: Buffer.from('{}') });
    expect(channel.status).toBe(400);
    expect(errorCode(channel)).toBe('BRIDGE_BAD_ESCAPE');
    const page = await send('/assets/%E0%A4%A.js', { method: 'GET' });
    expect(page.status).toBe(400);
    expect(errorCode(page)).toBe('BRIDGE_BAD_ESCAPE');
  });

  it('answers a body over the limit 413 with a JSON error the client receives (no reset), and keeps serving', async () => {
    const tooLarge = Buffer.alloc(11 * 1024 * 1024, 0x20);
    const answer = await send('/__ipc/app%3Ainfo', { body: tooLarge });
    expect(answer.status).toBe(413);
    expect(errorCode(answer)).toBe('BRIDGE_BODY_TOO_LARGE');
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { message: expect.stringContaining('10 MB') } });
    // The same with its length declared up front (as fetch sends it) rather than chunked.
    const declared = await send('/__ipc/app%3Ainfo', { body: tooLarge, headers: { 'content-length': String(tooLarge.length) } });
    expect(declared.status).toBe(413);
    expect((await send('/__ipc/app%3Ainfo', { body: Buffer.from('{}') })).status).toBe(200);
  });
});
