import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_DEMO_FILING } from '../../db/demo/draft-inspection';
import { createWorkingCalendar, HOLIDAYS_CN } from '../../shared/domain/deadlines';
import { autoFindings } from '../../shared/domain/findings';
import { getTemplate } from '../../shared/domain/templates';
import type { InstitutionDetail } from '../../shared/ipc/channels/institutions';
import type { InspectionRecord } from '../../shared/store/records';
import { launchBrowser, openAppPage, screenshot } from '../support/browser';
import { dumpDatabase } from '../support/dump';
import { callOk } from '../support/handler-calls';
import { seriousAxeViolations, startE2eApp, type E2eApp } from '../support/e2e-app';

// What a page shows is what was asked for, reading it writes nothing, and what the inspector set aside stays aside.
let app: E2eApp;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  app = await startE2eApp();
  browser = await launchBrowser();
  page = await openAppPage(browser, problems);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const SHANXI = 'shanxi-renewal-2023';

function ipcChannel(route: Route): string {
  return decodeURIComponent(new URL(route.request().url()).pathname.slice('/__ipc/'.length));
}

/** Goes to a route as a link in the window does (the page stays loaded); the first call loads the page. */
async function openHash(hash: string): Promise<void> {
  // The bridge drops the token from the address once read, so the loaded page's URL is the server's.
  if (page.url().startsWith(app.server.url)) await page.evaluate((h) => (window.location.hash = h), hash);
  else await page.goto(`${app.server.pageUrl}${hash}`);
}

/** The institution of the demo's draft inspection (it has inspections to list) and one with none. */
function twoInstitutions(): { withInspections: { id: number; name: string }; without: { id: number; name: string } } {
  const rows = app.ctx.db
    .prepare(
      `SELECT i.id, i.name, (SELECT count(*) FROM inspections n WHERE n.institution_id = i.id) AS inspections
       FROM institutions i WHERE EXISTS (SELECT 1 FROM filings f WHERE f.institution_id = i.id) ORDER BY i.id`,
    )
    .all() as { id: number; name: string; inspections: number }[];
  const withInspections = rows.find((row) => row.name === DRAFT_DEMO_FILING) ?? rows.find((row) => row.inspections > 0);
  const without = rows.find((row) => row.inspections === 0);
  if (!withInspections || !without) throw new Error('the demo data has no institution with and one without inspections');
  return { withInspections, without };
}

describe('pages show what was asked for', () => {
  it('a slow answer for the institution left behind does not replace the one opened since', async () => {
    const { withInspections: first, without: second } = twoInstitutions();
    let releaseFirst: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const delivered: Promise<void>[] = [];
    await page.route(
      (url) => url.pathname.startsWith('/__ipc/'),
      async (route) => {
        const channel = ipcChannel(route);
        const args = (route.request().postDataJSON() ?? {}) as { id?: number; institutionId?: number };
        const forFirst =
          (channel === 'institutions:get' && args.id === first.id) || (channel === 'inspections:list' && args.institutionId === first.id);
        if (!forFirst) return route.continue();
        const held = firstHeld.then(() => route.continue());
        delivered.push(held);
        return held;
      },
    );
    try {
      await openHash(`#/institutions/${first.id}`);
      // Both of the first institution's answers are held back while the second one is opened.
      await expect.poll(() => delivered.length).toBeGreaterThanOrEqual(2);
      await openHash(`#/institutions/${second.id}`);
      await page.getByRole('heading', { level: 1, name: second.name }).waitFor();
    } finally {
      releaseFirst();
      await Promise.all(delivered);
      await page.unrouteAll();
    }
    await page.waitForLoadState('networkidle');

    expect(await page.locator('h1').allTextContents()).toEqual([second.name]);
    expect(await page.locator('#institution-inspections').count()).toBe(0);
    await screenshot(page, 'loads-1-second-institution-after-late-first');
  });

  it('opening the scoring page of a draft whose context was never stored writes nothing, not even to the audit log', async () => {
    const draft = app.ctx.db
      .prepare(
        `SELECT id FROM inspections WHERE status = 'draft' AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.inspection_id = inspections.id AND a.item_id = 'context')`,
      )
      .get() as { id: number } | undefined;
    if (!draft) throw new Error('the demo data has no draft without a stored context');
    const before = dumpDatabase(app.ctx.db);

    await openHash(`#/inspections/${draft.id}/scoring`);
    await page.getByRole('heading', { level: 1, name: /^评分/ }).waitFor();
    await page.getByTestId('live-total').waitFor();
    await page.waitForLoadState('networkidle');
    await openHash(`#/inspections/${draft.id}/outcome`);
    await page.getByTestId('outcome').waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'loads-2-draft-outcome-without-stored-context');

    expect(dumpDatabase(app.ctx.db)).toBe(before);

    // The inspector's first change stores the context shown, so the signed record scores as the window did.
    await openHash(`#/inspections/${draft.id}/scoring`);
    await page
      .getByLabel(/自评得分/)
      .last()
      .fill('1');
    await page
      .getByLabel(/自评得分/)
      .last()
      .blur();
    await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    const stored = app.ctx.db.prepare(`SELECT payload_json AS json FROM answers WHERE inspection_id = ? AND item_id = 'context'`).get(draft.id) as
      { json: string } | undefined;
    const filingYear = app.ctx.db
      .prepare('SELECT f.filing_year AS y FROM inspections i JOIN filings f ON f.id = i.filing_id WHERE i.id = ?')
      .get(draft.id) as { y: number };
    expect(JSON.parse(stored?.json ?? 'null')).toEqual({ filingYear: filingYear.y });
  });
});

describe('automatic findings the inspector dismissed', () => {
  it('stay dismissed after a reload, are stored with the inspection and are in the audit log', async () => {
    // A filing whose records show an automatic finding on the Shanxi form.
    const filings = app.ctx.db.prepare('SELECT id, institution_id AS institutionId FROM filings ORDER BY id').all() as {
      id: number;
      institutionId: number;
    }[];
    let target: { filingId: number; institutionId: number; message: string } | null = null;
    for (const filing of filings) {
      const detail = await callOk<InstitutionDetail>(app.ctx, 'institutions:get', { id: filing.institutionId });
      const filingDetail = detail.filings.find((f) => f.id === filing.id);
      const found = filingDetail ? autoFindings(getTemplate(SHANXI), filingDetail, createWorkingCalendar(HOLIDAYS_CN)) : [];
      if (found[0]) {
        target = { filingId: filing.id, institutionId: filing.institutionId, message: found[0].message };
        break;
      }
    }
    if (!target) throw new Error('no demo filing shows an automatic finding');
    const inspection = await callOk<InspectionRecord>(app.ctx, 'inspections:create', {
      institutionId: target.institutionId,
      filingId: target.filingId,
      templateId: SHANXI,
      inspectionDate: '2023-09-12',
      panel: [{ name: '王建国', role: 'lead' }],
    });

    await openHash(`#/inspections/${inspection.id}/scoring`);
    const finding = page.locator('.auto-finding', { hasText: target.message });
    await finding.getByRole('button', { name: '不采纳' }).click();
    await finding.getByText('已不采纳').waitFor();
    await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^评分/ }).waitFor();
    await finding.getByText('已不采纳').waitFor();
    expect(await finding.getByRole('button', { name: '确认' }).count()).toBe(0);
    await page.locator('.auto-findings').scrollIntoViewIfNeeded();
    await screenshot(page, 'loads-3-dismissed-finding-after-reload');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const audit = app.ctx.db
      .prepare(`SELECT actor, new_json AS newJson FROM audit_log WHERE inspection_id = ? AND item_id = 'dismissedFindings' ORDER BY seq`)
      .all(inspection.id) as { actor: string; newJson: string }[];
    expect(audit).toHaveLength(1);
    expect((JSON.parse(audit[0]?.newJson ?? '[]') as string[]).length).toBe(1);

    // Taking the dismissal back offers the finding again, and that too is a change in the log.
    await finding.getByRole('button', { name: '恢复' }).click();
    await finding.getByRole('button', { name: '确认' }).waitFor();
    await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await page.reload();
    await finding.getByRole('button', { name: '确认' }).waitFor();
    expect(problems).toEqual([]);
  });
});
