import { listRounds } from '../../db/repositories/assessment-rounds';
import type { roundChannels } from '../../shared/ipc/channels/rounds';
import { openOfficeRound } from '../services/rounds/office-rounds';
import type { HandlersFor } from './types';

const pending = (): never => {
  throw new Error('issue 15: rounds handlers are being built');
};

export const roundHandlers: HandlersFor<typeof roundChannels> = {
  'rounds:list': (ctx) => listRounds(ctx.db),
  'rounds:open': (ctx, { name, year }) => openOfficeRound(ctx.db, { name, year, now: ctx.now() }),
  'filings:history': pending,
};
