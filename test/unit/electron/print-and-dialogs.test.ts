import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog } from 'electron';
import { describe, expect, it } from 'vitest';
import { nativeFileChoosers } from '../../../electron/main/file-dialogs';
import { printPdf, printWindowOptions, type PrintWindowLike } from '../../../electron/main/print-pdf';
import { fakeSession } from './fake-session';

function fakeWindow(answer: { success: boolean; failureReason: string } | Error) {
  const calls: string[] = [];
  const session = fakeSession();
  let navigate: ((event: { preventDefault(): void }, url: string) => void) | null = null;
  const win: PrintWindowLike = {
    async loadURL(url) {
      calls.push(`load ${url}`);
      if (answer instanceof Error) throw answer;
    },
    webContents: {
      print(options, callback) {
        calls.push(`print silent=${options.silent}`);
        if (!(answer instanceof Error)) callback(answer.success, answer.failureReason);
      },
      on(_event, listener) {
        navigate = listener;
      },
      session: session.session,
    },
    destroy() {
      calls.push('destroy');
    },
  };
  return {
    win,
    calls,
    session,
    navigate: (url: string) => {
      let prevented = false;
      navigate?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
  };
}

function deps(win: PrintWindowLike) {
  const viewed: string[] = [];
  const options: unknown[] = [];
  return {
    viewed,
    options,
    deps: {
      BrowserWindow: function FakeWindow(o: unknown) {
        options.push(o);
        return win;
      } as unknown as new (o: BrowserWindowConstructorOptions) => PrintWindowLike,
      openPath: async (path: string) => void viewed.push(path),
      wait: async () => {},
    },
  };
}

describe('printPdf (打印)', () => {
  it('loads the PDF in a hidden sandboxed window of its own, shows the system print dialog, then closes the window', async () => {
    const fake = fakeWindow({ success: true, failureReason: '' });
    const d = deps(fake.win);
    expect(await printPdf('/data/reports/7/sheet 1.pdf', d.deps)).toEqual({ method: 'dialog', cancelled: false });
    expect(fake.calls).toEqual(['load file:///data/reports/7/sheet%201.pdf', 'print silent=false', 'destroy']);
    expect(d.options[0]).toBe(printWindowOptions);
    expect(printWindowOptions).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
    });
    expect(printWindowOptions.webPreferences?.preload).toBeUndefined();
    expect(d.viewed).toEqual([]);
    // The window may not navigate anywhere but the PDF.
    expect(fake.navigate('https://example.com/')).toBe(true);
    expect(fake.navigate('file:///data/reports/7/sheet%201.pdf')).toBe(false);
  });

  it('its own session denies every permission and every download, like the main window’s, before the PDF loads', async () => {
    // A load that fails still finds the guards in place: they are installed first.
    for (const answer of [{ success: true, failureReason: '' }, new Error('ERR_BLOCKED_BY_CLIENT')]) {
      const fake = fakeWindow(answer);
      await printPdf('/r.pdf', deps(fake.win).deps);
      expect(await fake.session.requestPermission('media')).toBe(false);
      expect(await fake.session.requestPermission('fullscreen')).toBe(false);
      expect(fake.session.checkPermission('clipboard-read')).toBe(false);
      // The PDF viewer's save button starts a download.
      expect(fake.session.fire('will-download', { getFilename: () => 'r.pdf' })).toBe(true);
    }
  });

  it('a cancelled dialog is reported as cancelled, not as a failure', async () => {
    const fake = fakeWindow({ success: false, failureReason: 'Print job canceled' });
    expect(await printPdf('/r.pdf', deps(fake.win).deps)).toEqual({ method: 'dialog', cancelled: true });
    expect(fake.calls.at(-1)).toBe('destroy');
  });

  it('falls back to the system PDF reader when printing fails or the viewer cannot load', async () => {
    for (const answer of [{ success: false, failureReason: 'No valid printers available' }, new Error('ERR_BLOCKED_BY_CLIENT')]) {
      const fake = fakeWindow(answer);
      const d = deps(fake.win);
      expect(await printPdf('/r.pdf', d.deps)).toEqual({ method: 'viewer', cancelled: false });
      expect(d.viewed).toEqual(['/r.pdf']);
      expect(fake.calls.at(-1)).toBe('destroy');
    }
  });

  it('says plainly when neither works', async () => {
    const fake = fakeWindow(new Error('no plugin'));
    const d = deps(fake.win);
    d.deps.openPath = async () => {
      throw new Error('没有关联的程序');
    };
    await expect(printPdf('/r.pdf', d.deps)).rejects.toMatchObject({ code: 'PRINT_FAILED', message: expect.stringContaining('没有关联的程序') });
  });
});

describe('native file choosers', () => {
  it('open and save dialogs are modal on the main window and answer a path or null', async () => {
    const asked: unknown[] = [];
    const win = { id: 1 } as unknown as BrowserWindow;
    const dialog = {
      showOpenDialog: async (...args: unknown[]) => {
        asked.push(args);
        return { canceled: false, filePaths: ['/home/a/名单.xlsx'] };
      },
      showSaveDialog: async (...args: unknown[]) => {
        asked.push(args);
        return { canceled: true, filePath: '' };
      },
    } as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
    const choosers = nativeFileChoosers(dialog, () => win);
    const filters = [{ name: 'Excel', extensions: ['xlsx'] }];
    expect(await choosers.chooseOpenFile({ title: '选择', filters })).toBe('/home/a/名单.xlsx');
    expect(await choosers.chooseSaveFile({ title: '导出', filters, defaultName: '名单.xlsx' })).toBeNull();
    expect(asked[0]).toEqual([win, { title: '选择', filters, properties: ['openFile', 'dontAddToRecent'] }]);
    expect(asked[1]).toMatchObject([win, { title: '导出', filters, defaultPath: '名单.xlsx' }]);
  });
});
