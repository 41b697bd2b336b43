import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ChromiumDocument } from './document-html';
import { escapeHtml } from './node-html';

/**
 * Headless Chromium that sees our fonts as installed fonts: a page set with setContent cannot load them from file:
 * URLs (it printed tofu in a fallback font), and footer templates load no fonts at all. A fontconfig file that adds
 * the font directory to the system's does both, and Chromium keeps the parsed faces between documents as we do.
 */
export function launchChromium(fontDir: string): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-fontconfig-'));
  const config = join(dir, 'fonts.conf');
  writeFileSync(
    config,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${escapeHtml(fontDir)}</dir><cachedir>${escapeHtml(join(dir, 'cache'))}</cachedir></fontconfig>`,
  );
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env: { ...process.env, FONTCONFIG_FILE: config },
  });
}

export async function printPdf(page: Page, { html, footerTemplate }: ChromiumDocument): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'load' });
  return page.pdf({ format: 'A4', preferCSSPageSize: true, displayHeaderFooter: true, footerTemplate, headerTemplate: '<div></div>' });
}
