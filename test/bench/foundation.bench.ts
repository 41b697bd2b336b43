import { openDatabase } from '../../db/open';
import { dispatch } from '../../electron/handlers/dispatch';
import { makeTestContext } from '../support/context';
import { makeTempDir } from '../support/temp';
import { median, percentile, timeIt, timeItAsync, type BenchCase } from './harness';

export const cases: BenchCase[] = [
  {
    name: 'foundation',
    async run() {
      const temp = makeTempDir();
      let n = 0;
      const open = timeIt(() => openDatabase(temp.file(`db-${n++}.sqlite`), { create: true }).db.close(), 20, 2);
      const ctx = makeTestContext();
      const ipc = await timeItAsync(
        async () => {
          await dispatch(ctx, 'app:info', {});
        },
        2000,
        50,
      );
      ctx.cleanup();
      temp.cleanup();
      return [
        { name: 'create + migrate a new database', value: median(open), unit: 'ms (median)' },
        { name: 'dispatch app:info (validate + handler)', value: median(ipc), unit: 'ms (median)' },
        { name: 'dispatch app:info p95', value: percentile(ipc, 95), unit: 'ms' },
      ];
    },
  },
];
