import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../db/demo/generate';
import { openDatabase } from '../../../db/open';
import { loadSummaryModel } from '../../../electron/services/pdf/load/summary-model';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('the summary loader takes its columns from the form', () => {
  it('R-YQ-07 without a form named, summarises the newest signed inspection’s form (the demo’s Shanxi one) in the 附件4 columns', () => {
    const { db } = openDatabase(temp.file('demo.sqlite'), { create: true });
    createDemoData(db);
    const model = loadSummaryModel(db);
    // The 附件4 layout is the default a model leaves out.
    expect(model.layout).toBeUndefined();
    expect(model.years.flatMap((year) => year.rows.map((row) => row.opinion))).toEqual(['renew']);
    db.close();
  });

  it('a form named prints its own categories even with nothing to list; an unknown one is refused', () => {
    const { db } = openDatabase(temp.file('demo.sqlite'), { create: true });
    createDemoData(db);
    const model = loadSummaryModel(db, 'shandong-enterprise-2024');
    expect(model.layout?.columns.map((column) => column.heading)).toEqual(['合格的机构', '不合格的机构']);
    expect(model.years).toEqual([]);
    expect(() => loadSummaryModel(db, 'no-such-form')).toThrow(expect.objectContaining({ code: 'TEMPLATE_NOT_FOUND' }));
    db.close();
  });
});
