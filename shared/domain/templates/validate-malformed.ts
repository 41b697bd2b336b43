import type { z } from 'zod';
import { argIssuesOf } from '../../errors';
import type { Problem } from './problems';
import { located } from './validate-problems';
import { formatPath } from './zod-issues';

// Malformed data: each zod issue worded through the registry (ARG_* codes) and located as near as the data allows.

type Key = PropertyKey;

function child(value: unknown, key: Key | undefined): unknown {
  return key !== undefined && value !== null && typeof value === 'object' ? (value as Record<Key, unknown>)[key] : undefined;
}

function idOf(value: unknown): string | undefined {
  const id = child(value, 'id');
  return typeof id === 'string' && id !== '' ? id : undefined;
}

const LISTS: Record<string, string> = { penalties: 'penalty', vetoes: 'veto', contextFacts: 'fact' };
const INDEXED: Record<string, string> = { sampling: 'sampling', autoFindings: 'finding' };
const LAYOUT_LISTS: Record<string, string> = { columns: 'column', columnGroups: 'columnGroup', headerFields: 'header' };
const SCORING_LISTS: Record<string, string> = { rules: 'rule', brackets: 'bracket' };

/** The `at` locator (grammar in problems.ts) of a path into the raw data, or undefined for the form as a whole. */
export function locatorOfPath(data: unknown, path: readonly Key[]): string | undefined {
  const [head, index, ...rest] = path;
  if (typeof head !== 'string') return undefined;
  if (head === 'sections') return sectionLocator(child(data, head), index, rest);
  const entry = child(child(data, head), index);
  if (LISTS[head]) return idOf(entry) ? `${LISTS[head]}:${idOf(entry)}` : `form:${head}`;
  if (INDEXED[head]) return typeof index === 'number' && entry !== undefined ? `${INDEXED[head]}:${index}` : `form:${head}`;
  if (head === 'layout' && typeof index === 'string' && LAYOUT_LISTS[index] && typeof rest[0] === 'number') {
    return child(child(child(data, head), index), rest[0]) !== undefined ? `${LAYOUT_LISTS[index]}:${rest[0]}` : 'form:layout';
  }
  if (head === 'outcome' && index === 'rules' && typeof rest[0] === 'number' && child(child(child(data, head), index), rest[0]) !== undefined) {
    return `outcome:${rest[0]}`;
  }
  if (head === 'outcome' && index === 'labels' && typeof rest[0] === 'string') return `label:${rest[0]}`;
  return `form:${head}`;
}

function sectionLocator(sections: unknown, index: Key | undefined, rest: readonly Key[]): string | undefined {
  const section = child(sections, index);
  const sectionId = idOf(section);
  const whole = sectionId ? `section:${sectionId}` : 'form:sections';
  if (rest[0] !== 'groups') return whole;
  const group = child(child(section, 'groups'), rest[1]);
  const groupId = idOf(group);
  if (!groupId) return whole;
  if (rest[2] !== 'items') return `group:${groupId}`;
  const item = child(child(group, 'items'), rest[3]);
  const itemId = idOf(item);
  if (!itemId) return `group:${groupId}`;
  const field = rest[4];
  if (field !== 'scoring') return typeof field === 'string' ? `item:${itemId}:${field}` : `item:${itemId}`;
  const scoring = child(item, 'scoring');
  const list = rest[5];
  const partId = idOf(child(child(scoring, list), rest[6]));
  if (typeof list !== 'string' || !partId) return `item:${itemId}`;
  if (list === 'tiers') return `${child(scoring, 'kind') === 'unitRatioDeduction' ? 'unitTier' : 'tier'}:${itemId}/${partId}`;
  return SCORING_LISTS[list] ? `${SCORING_LISTS[list]}:${itemId}/${partId}` : `item:${itemId}`;
}

/** argIssuesOf words at most ten issues at a time; a form may have more, so it is given them ten by ten. */
export function malformedProblems(data: unknown, error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  for (let start = 0; start < error.issues.length; start += 10) {
    const issues = error.issues.slice(start, start + 10);
    argIssuesOf({ issues } as z.ZodError).forEach((argIssue, offset) => {
      const issue = issues[offset];
      if (!issue) return;
      const path = formatPath(issue.path);
      const whole = issue.path.length === 0;
      const found = located({
        code: 'MALFORMED',
        reason: whole ? 'FORM_MALFORMED_WHOLE' : 'FORM_MALFORMED',
        params: whole ? { ...argIssue.params, problem: argIssue.code } : { ...argIssue.params, path, problem: argIssue.code },
        at: locatorOfPath(data, issue.path),
      });
      problems.push({ ...found, path });
    });
  }
  return problems;
}
