import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import type { HandlerContext } from '../../../electron/handlers/context';
import { handlers } from '../../../electron/handlers/index';
import type { HandlerTable } from '../../../electron/handlers/types';
import { errorInfoText } from '../../../shared/errors';

// The handlers below never touch the context: a failure is decided before (validation) or by the stub itself.
const ctx = {} as HandlerContext;

afterEach(() => vi.restoreAllMocks());

describe('what a refusal carries across IPC', () => {
  it('answers INVALID_ARGS with the channel and each field issue as code + params, and no sentence', async () => {
    const result = await dispatch(ctx, 'settings:setInspectorName', { name: '', extra: 1 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ARGS',
        params: { channel: 'settings:setInspectorName' },
        issues: [
          { path: ['name'], code: 'ARG_NAME_REQUIRED', params: { minimum: 1 } },
          { path: [], code: 'ARG_UNKNOWN_KEYS', params: { keys: 'extra' } },
        ],
      },
    });
    if (result.ok) return;
    expect(errorInfoText(result.error, 'en')).toBe(
      'Invalid request (settings:setInspectorName): name: please enter a name; (arguments): has unknown fields: extra',
    );
    expect(errorInfoText(result.error)).toBe('请求参数无效（settings:setInspectorName）：name：请填写姓名；（参数）：有不认识的字段：extra');
  });

  it('words zod’s own issue kinds from the registry, not from zod’s English', async () => {
    const result = await dispatch(ctx, 'institutions:list', { query: 42 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS', issues: [{ path: ['query'], code: 'ARG_INVALID_TYPE', params: { expected: 'string' } }] },
    });
    expect(JSON.stringify(result)).not.toMatch(/Invalid input|expected string, received/);
  });

  it('answers an unexpected failure with INTERNAL and a fresh id only, and logs the error under that id', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      ...handlers,
      'app:info': () => {
        throw new Error('disk on fire at /home/secret/path');
      },
    } as HandlerTable;
    const first = await dispatch(ctx, 'app:info', {}, broken);
    const second = await dispatch(ctx, 'app:info', {}, broken);
    expect(first).toEqual({ ok: false, error: { code: 'INTERNAL', params: { errorId: expect.stringMatching(/^[0-9a-f]{8}$/) as unknown } } });
    expect(JSON.stringify(first)).not.toContain('disk on fire');
    if (first.ok || second.ok) return;
    expect(first.error.params?.['errorId']).not.toBe(second.error.params?.['errorId']);
    const [line, error] = logged.mock.calls[0] ?? [];
    expect(line).toContain(String(first.error.params?.['errorId']));
    expect(error).toBeInstanceOf(Error);
    expect(errorInfoText(first.error, 'en')).toContain(`reference ${String(first.error.params?.['errorId'])}`);
  });

  it('names an unknown channel as a parameter', async () => {
    expect(await dispatch(ctx, 'fs:readFile', {})).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', params: { channel: 'fs:readFile' } } });
  });
});
