import { getTemplate } from './registry';
import type { Template } from './types';

/** @deprecated The form is data now (forms/shanxi-renewal-2023.xlsx); use getTemplate('shanxi-renewal-2023'). */
export const shanxiRenewal2023: Template = getTemplate('shanxi-renewal-2023');
