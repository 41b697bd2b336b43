import type { z } from 'zod';

const CJK = /[\u4e00-\u9fff]/;

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否（true/false）',
  array: '列表',
  object: '对象',
  record: '对象',
};

/** "sections[0].groups[1].items[2].maxPoints" from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text || '（根）';
}

/** A zod issue as a plain-Chinese sentence (zod's own messages are English). */
export function describeZodIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  // Schemas may carry their own Chinese message; zod's defaults are English.
  if (CJK.test(issue.message)) return `${where}：${issue.message}`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${where}：缺少必填字段（应为${TYPE_NAMES[issue.expected] ?? issue.expected}）`
        : `${where}：类型不正确，应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return `${where}：不能小于${String(issue.minimum)}${issue.origin === 'string' ? '个字符' : issue.origin === 'array' ? '项' : ''}`;
    case 'too_big':
      return `${where}：不能大于${String(issue.maximum)}`;
    case 'invalid_value':
      return `${where}：取值不正确，应为 ${issue.values.map(String).join(' / ')} 之一`;
    case 'unrecognized_keys':
      return `${where}：有无法识别的字段 ${issue.keys.join('、')}`;
    case 'invalid_union':
      return `${where}：格式不符合任何一种允许的写法`;
    default:
      return `${where}：${issue.message}`;
  }
}
