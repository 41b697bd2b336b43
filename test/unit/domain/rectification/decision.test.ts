import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowedDecisions,
  decidedCategory,
  decisionLabel,
  RECTIFICATION_BASIS_PARAGRAPH,
  RECTIFICATION_BASIS_SOURCE,
  rectificationBasis,
  rectificationStage,
} from '../../../../shared/domain/rectification';

/** The project guide's copy of notice 004 (../shared/seeds), looked up from here upwards; null outside the workspace. */
function noticeText(): string | null {
  for (let dir = import.meta.dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const seeds = join(dir, 'shared', 'seeds');
    if (!existsSync(seeds)) continue;
    const file = readdirSync(seeds).find((name) => name.startsWith('004_'));
    if (file) return readFileSync(join(seeds, file), 'utf8');
  }
  return null;
}

describe('rectification decisions, stage and basis (R-YQ-06)', () => {
  it('R-YQ-06 a deferred renewal is renewed or terminated; a suspension resumed or terminated', () => {
    expect(allowedDecisions('defer')).toEqual(['renew', 'terminate']);
    expect(allowedDecisions('suspend')).toEqual(['resume', 'terminate']);
    expect(allowedDecisions('fail')).toEqual(['renew', 'resume', 'terminate']);
  });

  it('R-YQ-06 a decision gives the 附件4 category: renew → renew, resume → normal, terminate → terminate', () => {
    expect(decidedCategory('renew')).toBe('renew');
    expect(decidedCategory('resume')).toBe('normal');
    expect(decidedCategory('terminate')).toBe('terminate');
    expect([decisionLabel('renew'), decisionLabel('resume'), decisionLabel('terminate')]).toEqual(['准予延续', '恢复评价', '终止备案']);
    expect(decisionLabel('resume', 'en')).toBe('Evaluation resumed');
  });

  it('R-YQ-06 the basis quotes §四(二) and its three items verbatim, with the notice number', () => {
    const lines = RECTIFICATION_BASIS_PARAGRAPH.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\(二\)有下列情形之一的,/);
    const notice = noticeText();
    if (notice !== null) {
      const noticeLines = notice.split(/\r?\n/).map((line) => line.trim());
      for (const line of lines) expect(noticeLines).toContain(line);
      expect(notice).toContain(RECTIFICATION_BASIS_SOURCE);
    }
    const basis = rectificationBasis('阳人社函〔2023〕221号 §四(二)1');
    expect(basis.startsWith('阳人社函〔2023〕221号 §四(二)1（四、评估处理）：\n')).toBe(true);
    expect(basis).toContain(RECTIFICATION_BASIS_PARAGRAPH);
    expect(basis.length).toBeLessThanOrEqual(2000);
  });

  it('the stage is the furthest step reached', () => {
    const none = { responses: 0, followUpsAssigned: 0, followUpsReceived: 0, decided: false };
    expect(rectificationStage(none)).toBe('open');
    expect(rectificationStage({ ...none, responses: 1 })).toBe('responded');
    expect(rectificationStage({ ...none, responses: 1, followUpsAssigned: 1 })).toBe('followUpAssigned');
    expect(rectificationStage({ ...none, followUpsAssigned: 1, followUpsReceived: 1 })).toBe('rechecked');
    expect(rectificationStage({ ...none, followUpsReceived: 1, decided: true })).toBe('decided');
  });
});
