import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allItems, listTemplates } from '../../../shared/domain/templates';

// Issue 14: forms are data. The renderer reads every form-specific fact from the Template main serves (templates:*),
// so it may name no built-in form, none of their item or veto ids, and may not import the built-in registry.
const root = resolve(import.meta.dirname, '../../..');
const rendererSrc = join(root, 'renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Ids specific enough to mean a form row when quoted ('3.1.3', '四(一)3', '6.2'); bare '1' or 'a' mean nothing. */
function formSpecificIds(): string[] {
  const ids = new Set<string>();
  for (const template of listTemplates()) {
    ids.add(template.id);
    for (const { item } of allItems(template)) ids.add(item.id);
    for (const veto of template.vetoes) ids.add(veto.id);
    for (const penalty of template.penalties) ids.add(penalty.id);
    for (const fact of template.contextFacts) ids.add(fact.id);
  }
  return [...ids].filter((id) => id.length >= 3);
}

function findings(check: (text: string) => string[]): string[] {
  return sourceFiles(rendererSrc).flatMap((file) => check(readFileSync(file, 'utf8')).map((what) => `${relative(root, file)}: ${what}`));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the renderer names no form (issue 14: forms as data)', () => {
  it('the scan sees the renderer and knows the built-in forms', () => {
    expect(sourceFiles(rendererSrc).length).toBeGreaterThan(50);
    expect(formSpecificIds()).toEqual(expect.arrayContaining(['shandong-enterprise-2024', 'shanxi-renewal-2023', '3.1.3', '四(一)3', '6.2']));
  });

  it('no renderer file quotes a built-in form id or one of its item, veto, penalty or context fact ids', () => {
    const patterns = formSpecificIds().map((id) => ({ id, pattern: new RegExp(`(['"\`])${escape(id)}\\1`) }));
    // Form ids are never right in the renderer, quoted or not (e.g. inside a longer string or a comment).
    const formIds = listTemplates().map((t) => t.id);
    expect(
      findings((text) => [
        ...patterns.filter(({ pattern }) => pattern.test(text)).map(({ id }) => `quotes '${id}'`),
        ...formIds.filter((id) => text.includes(id)).map((id) => `names ${id}`),
      ]),
    ).toEqual([]);
  });

  it('no renderer file imports the built-in registry, a built-in form, or the templates index that re-exports them', () => {
    const forbidden = /from\s+['"][^'"]*shared\/domain\/templates(\/(index|registry|shandong-[^'"]*|shanxi-[^'"]*))?['"]/g;
    expect(findings((text) => [...text.matchAll(forbidden)].map((m) => m[0]))).toEqual([]);
  });
});
