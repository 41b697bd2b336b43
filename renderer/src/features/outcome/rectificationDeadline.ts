import { addMonths } from './addMonths';

/** R-YQ-06: 暂不予以延续 / 暂停评价活动 come with 2 months to rectify, counted from the inspection day. */
export function rectificationDeadline(category: string, inspectionDate: string): string | null {
  return category === 'defer' || category === 'suspend' ? addMonths(inspectionDate, 2) : null;
}
