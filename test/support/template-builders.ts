import type { DeductionRule, DeductionUnit, Item, Tier } from '../../shared/domain/templates/types';

// Small constructors that keep the form data files readable; points in hundredths.

export function fixedTier(id: string, label: string, points: number): Tier {
  return { id, label, min: points, max: points };
}

export function rangeTier(id: string, label: string, min: number, max: number): Tier {
  return { id, label, min, max };
}

export function rule(id: string, text: string, points: number, per: DeductionUnit, attributedItemId?: string): DeductionRule {
  return attributedItemId === undefined ? { id, text, points, per } : { id, text, points, per, attributedItemId };
}

/** A deduction row (扣分) that floors at 0 on its own. */
export function deductionItem(fields: Omit<Item, 'scoring'>, rules: DeductionRule[], floorStatedInText = false): Item {
  return { ...fields, scoring: { kind: 'deduction', rules, floorStatedInText, sharedWithItemIds: [] } };
}

/** A 选档 row with the usual three tiers: full / range / zero. */
export function tieredItem(fields: Omit<Item, 'scoring'>, tiers: Tier[]): Item {
  return { ...fields, scoring: { kind: 'tiered', tiers } };
}
