import type { Content } from 'pdfmake/interfaces';
import type { Template } from '../../../../shared/domain/templates/types';

/** 附件N at the top left and the form title, as the attachment prints in the notice. */
export function formHeading(template: Template, suffix = ''): Content[] {
  return [
    { text: template.source.attachment, style: 'attachmentNo' },
    { text: `${template.title}${suffix}`, style: 'title' },
    { text: `${template.source.issuer} ${template.source.notice}`, style: 'subtitle' },
  ];
}
