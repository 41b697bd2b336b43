import type { z } from 'zod';
import { errorRegistry } from './codes';
import type { ArgIssue, ErrorParams } from './translate';

type ZodIssue = z.core.$ZodIssue;

const MAX_ISSUES = 10;

/**
 * zod's issues as registry codes with their values, so the other side words them in its own language. A schema
 * names its own sentence by putting a registry code in the zod message (`.min(1, 'ARG_NAME_REQUIRED')`); any other
 * message is zod's own wording and is dropped in favour of the issue's kind (argMessage adds parameters).
 */
export function argIssuesOf(error: z.ZodError): ArgIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const named = namedIn(issue.message);
    const params = { ...paramsOf(issue), ...named?.params };
    const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    const issueCode = named?.code ?? codeOf(issue);
    return Object.keys(params).length > 0 ? { path, code: issueCode, params } : { path, code: issueCode };
  });
}

/** The message a schema gives for its own registry sentence: the bare code, or code and parameters (see namedIn). */
export function argMessage(code: string, params?: ErrorParams): string {
  return params ? JSON.stringify({ code, params }) : code;
}

function namedIn(message: string): { code: string; params?: ErrorParams } | null {
  if (Object.prototype.hasOwnProperty.call(errorRegistry, message)) return { code: message };
  if (!message.startsWith('{"code":')) return null;
  try {
    const parsed = JSON.parse(message) as { code?: unknown; params?: ErrorParams };
    return typeof parsed.code === 'string' && Object.prototype.hasOwnProperty.call(errorRegistry, parsed.code)
      ? { code: parsed.code, params: parsed.params }
      : null;
  } catch {
    return null;
  }
}

function codeOf(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined && issue.message.endsWith('received undefined') ? 'ARG_REQUIRED' : 'ARG_INVALID_TYPE';
    case 'too_small':
      if (issue.origin === 'string') return 'ARG_TOO_SHORT';
      if (issue.origin === 'array' || issue.origin === 'set') return 'ARG_TOO_FEW';
      return issue.inclusive === false ? 'ARG_NOT_ABOVE' : 'ARG_TOO_SMALL';
    case 'too_big':
      if (issue.origin === 'string') return 'ARG_TOO_LONG';
      if (issue.origin === 'array' || issue.origin === 'set') return 'ARG_TOO_MANY';
      return issue.inclusive === false ? 'ARG_NOT_BELOW' : 'ARG_TOO_BIG';
    case 'invalid_format':
      return 'ARG_INVALID_FORMAT';
    case 'invalid_value':
      return 'ARG_INVALID_VALUE';
    case 'unrecognized_keys':
      return 'ARG_UNKNOWN_KEYS';
    case 'not_multiple_of':
      return 'ARG_NOT_MULTIPLE';
    default:
      return 'ARG_INVALID';
  }
}

function paramsOf(issue: ZodIssue): ErrorParams {
  switch (issue.code) {
    case 'invalid_type':
      return { expected: issue.expected };
    case 'too_small':
      return { minimum: Number(issue.minimum) };
    case 'too_big':
      return { maximum: Number(issue.maximum) };
    case 'invalid_format':
      return { format: issue.format };
    case 'invalid_value':
      return { values: issue.values.map((value) => JSON.stringify(value)).join(' / ') };
    case 'unrecognized_keys':
      return { keys: issue.keys.join(', ') };
    case 'not_multiple_of':
      return { divisor: issue.divisor };
    default:
      return {};
  }
}
