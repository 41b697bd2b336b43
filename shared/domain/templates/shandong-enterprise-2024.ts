import { getTemplate } from './registry';
import type { Template } from './types';

/** @deprecated The form is data now (forms/shandong-enterprise-2024.xlsx); use getTemplate('shandong-enterprise-2024'). */
export const shandongEnterprise2024: Template = getTemplate('shandong-enterprise-2024');
