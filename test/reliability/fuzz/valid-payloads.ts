const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/**
 * One valid payload per channel (ids point at the seeded institution 1 / inspection 1), the seeds the fuzzer mutates.
 * The fuzz test checks that every channel of the contract has one and that the contract accepts it.
 */
export const validPayloads: Readonly<Record<string, unknown>> = {
  'app:info': {},
  'app:backups': {},
  'app:restoreBackup': { name: '2024-01-01T00-00-00-000Z-before-import-institutions.sqlite' },
  'app:startFresh': { confirmation: '开始使用' },
  'app:openExternal': { url: 'https://www.mohrss.gov.cn/' },
  'institutions:list': { query: '测试', kind: 'enterprise', region: '阳泉市城区', filingYear: 2020, status: 'active', onDate: '2023-09-10', limit: 50, offset: 0 },
  'institutions:get': { id: 1, includeCandidates: true },
  'inspections:list': { institutionId: 1 },
  'inspections:create': { institutionId: 1, filingId: 1, templateId: 'shanxi-renewal-2023', panel: [{ name: '李评估', role: 'lead', inspectorId: 1 }], inspectionDate: '2023-09-10', site: '阳泉' },
  'inspections:get': { id: 1 },
  'inspections:saveAnswer': { inspectionId: 1, itemId: '1.1.1', answer: { deductions: { d1: 1 }, note: '现场' }, reason: '更正' },
  'sampling:draw': { inspectionId: 1, rule: 'R-SM-01', reason: '重新抽取' },
  'evidence:attach': { inspectionId: 1, itemId: '1.1.1', fileName: 'a.png', mime: 'image/png', dataBase64: PNG },
  'evidence:read': { inspectionId: 1, id: 1 },
  'inspections:sign': { inspectionId: 1, signerName: '李评估', role: 'panelLead', imageDataUrl: `data:image/png;base64,${PNG}` },
  'inspections:lock': { inspectionId: 1 },
  'inspections:revise': { inspectionId: 1, reason: '更正笔误' },
  'signatures:image': { inspectionId: 1, id: 1 },
  'import:preview': { kind: 'institutions', path: '/nonexistent/机构.csv' },
  'import:commit': { kind: 'institutions', path: '/nonexistent/机构.csv', validOnly: false },
  'export:institutions': { path: '/nonexistent/机构.xlsx', query: '', kind: 'enterprise', region: '阳泉市' },
  'export:statistics': { filingId: 1, path: '/nonexistent/统计.xlsx', from: '2021-01-01', to: '2021-12-31' },
  'reports:generate': { kind: 'sheet', inspectionId: 1, templateId: 'shanxi-renewal-2023' },
  'reports:sign': { file: 'sheet-1.pdf', inspectorId: 'inspector-1', signerName: '李评估', passphrase: '123456', reason: '评估', location: '阳泉' },
  'reports:verify': { file: 'sheet-1.pdf' },
  'sync:status': {},
  'sync:initOffice': { officeName: '阳泉市人力资源和社会保障局', passphrase: 'office-passphrase' },
  'sync:enroll': { inspectorName: '张三', deviceKey: 'laptop-01', pin: '246810', passphrase: 'office-passphrase', path: '/nonexistent/a.p12' },
  'sync:exportPack': { deviceKey: 'laptop-01', assignments: [{ filingId: 1, templateId: 'shanxi-renewal-2023' }], passphrase: 'office-passphrase', path: '/nonexistent/a.skp' },
  'sync:forms': {},
  'sync:revokeDevice': { deviceKey: 'laptop-01', reason: '笔记本遗失' },
  'sync:importPack': { path: '/nonexistent/a.skp', p12Path: '/nonexistent/a.p12', pin: '246810' },
  'sync:exportBundle': { path: '/nonexistent/b.skb', pin: '246810' },
  'sync:verifyBundle': { dataBase64: 'U0tJTlNQ', passphrase: 'office-passphrase' },
  'sync:importBundle': { dataBase64: 'U0tJTlNQ', passphrase: 'office-passphrase' },
  'sync:reviewList': {},
  'sync:review': { importedId: 1, decision: 'returned', comment: '请补充证据' },
  'sync:conflicts': {},
  'sync:summary': { export: 'xlsx' },
  'sync:openFile': { fileId: 1 },
  'files:chooseOpen': { kind: 'sync-bundle', title: '选择结果包' },
  'files:chooseSave': { kind: 'xlsx', title: '导出机构名单', defaultName: '评价机构名单.xlsx' },
  'files:open': { path: '/nonexistent/评价机构名单.xlsx' },
  'reports:list': { inspectionId: 1 },
  'reports:open': { file: 'sheet-1.pdf', inspectionId: 1 },
  'reports:print': { file: 'sheet-1.pdf', inspectionId: 1 },
  'settings:get': {},
  'settings:setInspectorName': { name: '李评估' },
};

/**
 * Channels whose VALID payloads are run too: they only read the database (or refuse), so every answer, accepted or
 * not, must leave it unchanged. Every other channel writes (the database, files, the system browser) or runs
 * long work on valid input, so there only the payloads the contract rejects are dispatched.
 */
export const readOnlyChannels: ReadonlySet<string> = new Set([
  'app:info',
  'app:backups',
  'app:openExternal',
  'institutions:list',
  'institutions:get',
  'inspections:list',
  'inspections:get',
  'evidence:read',
  'signatures:image',
  'import:preview',
  'reports:verify',
  'sync:status',
  'sync:verifyBundle',
  'sync:reviewList',
  'sync:conflicts',
  'sync:forms',
  // The test context's dialogs answer “cancelled” (nothing queued), and it has no system viewer or printer.
  'files:chooseOpen',
  'files:chooseSave',
  'files:open',
  'reports:list',
  'reports:open',
  'reports:print',
  'settings:get',
]);
