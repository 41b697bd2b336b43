// Public API of templates: the built-in forms, validation and the model types.
export { getTemplate, listTemplates } from './registry';
export type { Problem, ProblemCode, ValidationReport } from './problems';
export { validateTemplate, type TemplateValidation } from './validate';
export { allItems, groupMaximum, sectionMaximum, templateMaximum, type LocatedItem } from './walk';
export type * from './types';
export { AUTO_FINDING_KINDS, DEDUCTION_UNITS, OUTCOME_CATEGORIES, RESERVED_CONTEXT_KEYS } from './types';
export { canonicalTemplateJson, templateHash } from './hash';
