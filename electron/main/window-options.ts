import type { BrowserWindowConstructorOptions } from 'electron';
import { encodeApiNames } from '../../shared/ipc/api';
import { channelNames, eventNames } from '../../shared/ipc/contract';

/** The one place the window's security-relevant options are decided (tested without Electron). */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 880,
    minWidth: 1024,
    minHeight: 700,
    title: '技能评价现场核查',
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: preloadPath,
      additionalArguments: [encodeApiNames({ channels: channelNames, events: eventNames })],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: true,
    },
  };
}
