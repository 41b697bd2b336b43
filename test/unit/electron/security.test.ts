import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  contentSecurityPolicy,
  decideNavigation,
  decidePermission,
  isAllowedExternalUrl,
  resolveAppAsset,
} from '../../../electron/main/security';
import { mainWindowOptions } from '../../../electron/main/window-options';

describe('external link allowlist', () => {
  it.each([
    ['https://www.mohrss.gov.cn/', true],
    ['https://www.mohrss.gov.cn/SYrlzyhshbzb/zwgk/', true],
    ['https://WWW.MOHRSS.GOV.CN/x', true],
    ['http://www.mohrss.gov.cn/', false],
    ['https://www.mohrss.gov.cn.evil.example/', false],
    ['https://evil.example/?u=https://www.mohrss.gov.cn', false],
    ['https://user:pw@www.mohrss.gov.cn/', false],
    ['https://www.mohrss.gov.cn:8443/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});

describe('navigation and permissions', () => {
  it('keeps navigation inside the app, sends allowlisted links out, denies the rest', () => {
    expect(decideNavigation(APP_ENTRY_URL)).toBe('allow');
    expect(decideNavigation('app://bundle/index.html#/institutions')).toBe('allow');
    expect(decideNavigation('https://www.mohrss.gov.cn/')).toBe('open-external');
    expect(decideNavigation('https://evil.example/')).toBe('deny');
    expect(decideNavigation('app://other/index.html')).toBe('deny');
    expect(decideNavigation('file:///tmp/x.html')).toBe('deny');
  });

  it('grants no permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(decidePermission(p)).toBe(false);
    }
  });
});

describe('app:// asset resolution', () => {
  const root = '/opt/app/out/renderer';
  it('serves files below the renderer folder', () => {
    expect(resolveAppAsset('app://bundle/', root)).toBe(`${root}/index.html`);
    expect(resolveAppAsset('app://bundle/assets/index-abc.js', root)).toBe(`${root}/assets/index-abc.js`);
  });
  it.each(['app://bundle/../../etc/passwd', 'app://bundle/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the renderer folder (the URL parser removes dot segments)',
    (url) => {
      expect(resolveAppAsset(url, root)).toBe(`${root}/etc/passwd`);
    },
  );
  it.each([
    'app://bundle/assets/..%2f..%2fsecret',
    'app://bundle/a%00b',
    'app://bundle/a%5c..%5cb',
    'app://other/index.html',
    'https://bundle/index.html',
    'app://bundle/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(url, root)).toBeNull();
  });
});

describe('window options', () => {
  it('isolate the renderer: context isolation, sandbox, no node integration, no webview', () => {
    const prefs = mainWindowOptions('/p/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('CSP allows only the app itself', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("connect-src 'none'");
    expect(contentSecurityPolicy({ allowConnectSelf: true })).toContain("connect-src 'self'");
  });
});
