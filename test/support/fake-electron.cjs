// A recording stand-in for the 'electron' module, preloaded with `node -r` so the REAL built main bundle
// (out/main/index.cjs) can start in plain Node: Electron's binary cannot be downloaded on CI machines.
// After start-up it exercises what main registered and prints one JSON report line.
const Module = require('node:module');
const { EventEmitter } = require('node:events');

const userData = process.env.FAKE_ELECTRON_USER_DATA;
const appPath = process.env.FAKE_ELECTRON_APP_PATH;
const calls = {
  windows: [],
  loadedUrls: [],
  ipcChannels: [],
  protocolSchemes: [],
  privileged: [],
  errorBoxes: [],
  sandboxEnabled: false,
  sessionGuards: [],
};
const ipcHandlers = new Map();
const protocolHandlers = new Map();

const app = Object.assign(new EventEmitter(), {
  isPackaged: true, // use node_modules' better-sqlite3 (this process is Node, not Electron)
  getAppPath: () => appPath,
  getPath: () => userData,
  getVersion: () => '0.0.0-smoke',
  whenReady: () => Promise.resolve(),
  enableSandbox: () => {
    calls.sandboxEnabled = true;
  },
  requestSingleInstanceLock: () => true,
  quit: () => {},
  exit: (code) => report({ exitCode: code }),
});
const session = {
  on: (name) => calls.sessionGuards.push(`on:${name}`),
  setPermissionRequestHandler: () => calls.sessionGuards.push('permissionRequest'),
  setPermissionCheckHandler: () => calls.sessionGuards.push('permissionCheck'),
};
class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return [];
  }
  constructor(options) {
    super();
    calls.windows.push(options);
    const contents = new EventEmitter();
    contents.session = session;
    contents.setWindowOpenHandler = () => calls.sessionGuards.push('windowOpenHandler');
    contents.send = () => {};
    this.webContents = contents;
  }
  loadURL(url) {
    calls.loadedUrls.push(url);
    return Promise.resolve();
  }
  once() {}
  show() {}
  isMinimized() {
    return false;
  }
}
const fake = {
  app,
  BrowserWindow,
  dialog: { showErrorBox: (title, body) => calls.errorBoxes.push(`${title}: ${body}`), showMessageBoxSync: () => 1 },
  ipcMain: {
    handle: (channel, fn) => {
      calls.ipcChannels.push(channel);
      ipcHandlers.set(channel, fn);
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => calls.privileged.push(...schemes.map((s) => s.scheme)),
    handle: (scheme, fn) => {
      calls.protocolSchemes.push(scheme);
      protocolHandlers.set(scheme, fn);
    },
  },
  shell: { openExternal: async () => {} },
  session: { defaultSession: session },
  safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' },
};

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'electron') return fake;
  return originalLoad.call(this, request, parent, isMain);
};

let reported = false;
function report(extra) {
  if (reported) return;
  reported = true;
  process.stdout.write(`${JSON.stringify({ calls, ...extra })}\n`);
  process.exit(0);
}

// Once main has set up (a window exists), call what it registered the way Electron would.
const startedAt = Date.now();
const poll = setInterval(() => {
  if (calls.windows.length > 0 || Date.now() - startedAt > 30_000) {
    clearInterval(poll);
    void exercise();
  }
}, 50);
async function exercise() {
  const info = ipcHandlers.get('app:info');
  const fromApp = info ? await info({ senderFrame: { url: 'app://bundle/index.html' } }, {}) : null;
  const fromElsewhere = info ? await info({ senderFrame: { url: 'https://evil.example/' } }, {}) : null;
  const list = ipcHandlers.get('institutions:list');
  const institutions = list ? await list({ senderFrame: { url: 'app://bundle/index.html' } }, {}) : null;
  const serve = protocolHandlers.get('app');
  let page = null;
  if (serve) {
    const response = await serve(new Request('app://bundle/index.html'));
    page = { status: response.status, csp: response.headers.get('content-security-policy'), body: (await response.text()).slice(0, 4000) };
    const escape = await serve(new Request('app://bundle/..%2f..%2fpackage.json'));
    page.escapeStatus = escape.status;
  }
  // A report goes through the built PDF worker (out/main/pdf-worker.cjs) exactly as in the app.
  const generate = ipcHandlers.get('reports:generate');
  const blankForm = generate
    ? await generate({ senderFrame: { url: 'app://bundle/index.html' } }, { kind: 'blank', templateId: 'shanxi-renewal-2023' })
    : null;
  report({ fromApp, fromElsewhere, institutionCount: institutions?.ok ? institutions.value.length : null, page, blankForm });
}
