import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { validateTemplate, type Problem, type Template } from '../../../shared/domain/templates';

/** One thing wrong (or worth a warning) in a form file, located as precisely as the file allows. */
export interface FormProblem {
  sheet?: string;
  row?: number;
  column?: string;
  code: string;
  params: Record<string, string | number>;
  severity: 'error' | 'warning';
  message: string;
}

function fromProblem(problem: Problem, severity: FormProblem['severity']): FormProblem {
  const params: Record<string, string | number> = {};
  if (problem.id !== undefined) params['id'] = problem.id;
  if (problem.path !== undefined) params['path'] = problem.path;
  if (problem.at !== undefined) params['at'] = problem.at;
  return { code: problem.code, params, severity, message: problem.message };
}

/**
 * Reads a form file into a Template. Minimal version: canonical JSON only (the XLSX reader replaces this file);
 * a template is returned only when there is no error.
 */
export async function readFormFile(path: string): Promise<{ template?: Template; problems: FormProblem[] }> {
  if (extname(path).toLowerCase() !== '.json') {
    return { problems: [{ code: 'FORM_FILE_KIND', params: { path }, severity: 'error', message: `不支持的评估表文件类型：${path}（应为 .json）` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      problems: [{ code: 'FORM_FILE_UNREADABLE', params: { path, detail }, severity: 'error', message: `无法读取评估表文件 ${path}：${detail}` }],
    };
  }
  const validation = validateTemplate(data);
  const problems = [...validation.errors.map((p) => fromProblem(p, 'error')), ...validation.warnings.map((p) => fromProblem(p, 'warning'))];
  return validation.errors.length === 0 && validation.template ? { template: validation.template, problems } : { problems };
}
