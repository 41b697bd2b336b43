import type { ErrorInfo } from '../../../shared/errors';

/** Main → thread: one request, numbered so its answer finds it. */
export interface RequestEnvelope<Request> {
  id: number;
  request: Request;
}

/** Thread → main: any number of progress messages, then one result or one error, all carrying the request's id. */
export type ReplyEnvelope<Result, Progress> =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'result'; result: Result }
  | { id: number; type: 'error'; error: ErrorInfo };
