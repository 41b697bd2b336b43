import { listRounds } from '../../db/repositories/assessment-rounds';
import type { roundChannels } from '../../shared/ipc/channels/rounds';
import { openOfficeRound } from '../services/rounds/office-rounds';
import type { HandlersFor } from './types';

export const roundHandlers: HandlersFor<Omit<typeof roundChannels, 'filings:history'>> = {
  'rounds:list': (ctx) => listRounds(ctx.db),
  'rounds:open': (ctx, { name, year }) => openOfficeRound(ctx.db, { name, year, now: ctx.now() }),
};
