import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const outDir = resolve(import.meta.dirname, 'out/renderer');

/**
 * Ships the OFL Noto Sans SC (the same TTFs the PDF reports embed) with the renderer, so Chinese text
 * renders on machines without a CJK system font (fresh Linux installs, CI). System fonts come first in the CSS.
 */
function bundledChineseFont(): Plugin {
  return {
    name: 'bundled-chinese-font',
    writeBundle() {
      const fontsDir = resolve(import.meta.dirname, 'build/fonts');
      mkdirSync(resolve(outDir, 'fonts'), { recursive: true });
      for (const file of ['NotoSansSC-Regular.ttf', 'NotoSansSC-Bold.ttf', 'NotoSansSC-OFL.txt']) {
        const source = resolve(fontsDir, file);
        if (existsSync(source)) copyFileSync(source, resolve(outDir, 'fonts', file));
      }
    },
  };
}

// The renderer only: served from app://bundle/ in Electron and from 127.0.0.1 by the test harness.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), bundledChineseFont()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    // No inline module-preload polyfill: the CSP forbids inline scripts.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});
