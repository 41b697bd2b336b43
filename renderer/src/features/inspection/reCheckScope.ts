import type { FollowUpInfo } from '../../lib/roundsContract';

/** The items, penalties and vetoes a follow-up re-answers; everything else keeps the accepted inspection's answers. */
export interface ReCheckScope {
  items: ReadonlySet<string>;
  penalties: ReadonlySet<string>;
  vetoes: ReadonlySet<string>;
}

/**
 * The re-check scope of a follow-up limited to its findings, from the findings' form ids (data from main, matched
 * against the template's ids where they are shown); null when the whole form is answered again or it is no follow-up.
 */
export function reCheckScope(followUp: FollowUpInfo | null): ReCheckScope | null {
  if (!followUp || followUp.scope !== 'findings') return null;
  const ids = (kind: FollowUpInfo['findings'][number]['kind']) => new Set(followUp.findings.filter((f) => f.kind === kind).map((f) => f.refId));
  return { items: ids('deduction'), penalties: ids('penalty'), vetoes: ids('veto') };
}
