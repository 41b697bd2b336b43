import type { ErrorTexts } from './types';

/**
 * Every way a pack or bundle can be refused. The codes are part of the file format's contract
 * (docs/sync-format.md); callers and tests match on them. What exactly is wrong travels as `reason` (one of
 * syncReasons below) with its values, or as a language-neutral `detail` (an entry name, a number).
 */
export const syncErrors = {
  SYNC_TRUNCATED: {
    zh: '文件不完整（可能复制中断或U盘损坏），请重新导出后再试。',
    en: 'The file is incomplete (the copy may have been interrupted or the USB drive is damaged). Export it again and retry.',
  },
  SYNC_NOT_A_BUNDLE: { zh: '这不是本软件导出的任务包或结果包文件。', en: 'This is not a task pack or result bundle exported by this app.' },
  SYNC_SCHEMA_MISSING: {
    zh: '文件缺少格式版本号，无法识别，已拒绝。',
    en: 'The file has no format version and cannot be recognised; it was refused.',
  },
  SYNC_SCHEMA_OLD: {
    zh: '文件由旧版本软件导出，格式已不再支持，请在对方电脑上升级软件后重新导出。',
    en: 'The file was exported by an older version of the app whose format is no longer supported. Update the app on the other computer and export again.',
  },
  SYNC_SCHEMA_NEW: {
    zh: '文件由更新版本的软件导出，请先升级本软件。',
    en: 'The file was exported by a newer version of the app. Please update this app first.',
  },
  SYNC_WRONG_KIND: {
    zh: '文件类型不对（任务包与结果包不能互换）。',
    en: 'Wrong kind of file (a task pack and a result bundle are not interchangeable).',
  },
  SYNC_HEADER_INVALID: {
    zh: '文件头内容不合规，文件可能被篡改，已拒绝。',
    en: 'The file header is not valid; the file may have been tampered with. It was refused.',
  },
  SYNC_WRONG_RECIPIENT: {
    zh: '此文件不是发给本机（或本单位）的，无法解密。',
    en: 'This file was not sent to this computer (or this office) and cannot be decrypted.',
  },
  SYNC_DECRYPT_FAILED: {
    zh: '文件解密校验失败：文件被改动或已损坏，已拒绝，未写入任何数据。',
    en: 'The file failed its decryption check: it was changed or is damaged. It was refused and nothing was written.',
  },
  SYNC_TOO_LARGE: {
    zh: '文件或其中的条目超出大小限制（可能是压缩炸弹），已拒绝。',
    en: 'The file or an entry in it is over the size limit (possibly a zip bomb); it was refused.',
  },
  SYNC_BAD_ENTRY_NAME: {
    zh: '文件中的条目名称不安全（含 ..、绝对路径或盘符），已拒绝。',
    en: 'An entry name in the file is unsafe (it has .., an absolute path or a drive letter); it was refused.',
  },
  SYNC_DUPLICATE_ENTRY: { zh: '文件中有重复的条目，已拒绝。', en: 'The file has a duplicate entry; it was refused.' },
  SYNC_ARCHIVE_INVALID: { zh: '文件内部结构损坏，已拒绝。', en: 'The file’s internal structure is damaged; it was refused.' },
  SYNC_SIGNATURE_MISSING: { zh: '文件缺少数字签名，已拒绝。', en: 'The file has no digital signature; it was refused.' },
  SYNC_SIGNATURE_INVALID: {
    zh: '数字签名无效：内容在签名后被改动或签名是伪造的，已拒绝。',
    en: 'The digital signature is invalid: the content was changed after signing or the signature is forged. It was refused.',
  },
  SYNC_NOT_CANONICAL: {
    zh: '清单不是规范化 JSON(RFC 8785)，签名无法对应，已拒绝。',
    en: 'The manifest is not canonical JSON (RFC 8785), so the signature cannot match it; it was refused.',
  },
  SYNC_MANIFEST_INVALID: { zh: '清单内容不合规，已拒绝。', en: 'The manifest is not valid; it was refused.' },
  SYNC_ENTRY_MISMATCH: {
    zh: '文件中的条目与签名清单不一致（缺失、多余或内容被改动），已拒绝。',
    en: 'The file’s entries do not match the signed manifest (missing, extra or changed); it was refused.',
  },
  SYNC_UNKNOWN_DEVICE: {
    zh: '发送此文件的设备未在本单位登记，已拒绝。',
    en: 'The device that sent this file is not enrolled at this office; it was refused.',
  },
  SYNC_CERT_UNTRUSTED: {
    zh: '签名证书不是本单位签发的或已过期，已拒绝。',
    en: 'The signing certificate was not issued by this office or has expired; it was refused.',
  },
  SYNC_REVOKED: {
    zh: '发送此文件的设备证书已被吊销，已拒绝。',
    en: 'The certificate of the device that sent this file has been revoked; it was refused.',
  },
  SYNC_FUTURE_TIMESTAMP: {
    zh: '文件中的时间晚于当前时间（电脑时钟可能不对），已拒绝。',
    en: 'A time in the file is later than now (a computer’s clock may be wrong); it was refused.',
  },
  SYNC_AUDIT_BROKEN: {
    zh: '随附的审计日志链校验失败（记录被删改或顺序被打乱），已拒绝。',
    en: 'The enclosed audit log chain failed its check (entries were edited, deleted or reordered); it was refused.',
  },
  SYNC_REFERENCE_UNKNOWN: {
    zh: '结果包引用了本单位数据库中不存在的机构或备案，已拒绝。',
    en: 'The result bundle refers to an institution or filing that is not in this office’s database; it was refused.',
  },
  SYNC_ROLE_MISMATCH: { zh: '此数据库的角色不允许这项操作。', en: 'This database’s role does not allow this operation.' },
  SYNC_NOT_SET_UP: { zh: '此数据库尚未完成设置。', en: 'This database has not been set up yet.' },
  SYNC_PACK_OLD: {
    zh: '这个任务包比本机已导入的任务包更旧，未做任何改动。',
    en: 'This task pack is older than the one already imported here; nothing was changed.',
  },
  SYNC_PACK_CLASH: {
    zh: '任务包中的数据与本机已有数据冲突（编号相同但内容不同的机构），已拒绝。',
    en: 'The task pack’s data clashes with data already here (an institution with the same number but different content); it was refused.',
  },
  SYNC_TEMPLATE_UNKNOWN: {
    zh: '任务包使用了本软件不认识的评估表版本，请先升级软件。',
    en: 'The task pack uses a version of an assessment form this app does not know. Please update the app first.',
  },
  SYNC_FORM_REFUSED: {
    zh: '任务包中的评估表未通过校验，已拒绝整个任务包，本机未做任何改动。',
    en: 'An assessment form in the task pack failed its check; the whole pack was refused and nothing was changed here.',
  },
  SYNC_BUNDLE_FORM_REFUSED: {
    zh: '结果包中的评估表未通过校验，已拒绝整个结果包，未做任何改动。',
    en: 'An assessment form in the result bundle failed its check; the whole bundle was refused and nothing was changed.',
  },
  SYNC_CALENDAR_REFUSED: {
    zh: '任务包中的工作日历无效或与本机已有的同版本日历不同，已拒绝整个任务包，本机未做任何改动。',
    en: 'The working calendar in the task pack is invalid or differs from the calendar of the same version here; the pack was refused and nothing was changed.',
  },
  SYNC_WRONG_SECRET: { zh: '口令或 PIN 码不正确。', en: 'The passphrase or PIN is not correct.' },
  SYNC_WEAK_SECRET: { zh: '口令或 PIN 码太短。', en: 'The passphrase or PIN is too short.' },
  SYNC_KEY_STORAGE: {
    zh: '无法安全保存签名密钥（不允许明文保存）。',
    en: 'The signing key cannot be stored safely (storing it in plain text is not allowed).',
  },
  SYNC_EXPORT_FAILED: { zh: '导出失败。', en: 'The export failed.' },
} satisfies ErrorTexts;

/** What exactly is wrong, appended to a sync error's sentence: `syncError('SYNC_X', { reason: 'SYNC_REASON_Y', … })`. */
export const syncReasons = {
  SYNC_REASON_FORM_HASH_MISMATCH: {
    zh: '评估表内容与所列摘要 {hash} 不符（文件被改动过）',
    en: 'the form’s content does not match its listed digest {hash} (the file was changed)',
  },
  SYNC_REASON_FORM_MISSING: {
    zh: '任务所需的评估表版本 {hash} 不在包内',
    en: 'the form version {hash} an assignment needs is not in the package',
  },
  SYNC_REASON_FORM_VERSION_TAKEN: {
    zh: '本机已有评估表 {templateId} 版本 {templateVersion}，但内容不同',
    en: 'this computer already holds form {templateId} version {templateVersion} with other content',
  },
  SYNC_REASON_FORM_INVALID: { zh: '评估表 {hash} 的数据无效：{detail}', en: 'the data of form {hash} is invalid: {detail}' },
  SYNC_REASON_FORM_NOT_ASSIGNED: {
    zh: '任务所列评估表 {templateId} {templateVersion} 与包内摘要 {hash} 的表不一致',
    en: 'the assignment names form {templateId} {templateVersion}, but the digest {hash} is another form',
  },
  SYNC_REASON_CALENDAR_INVALID: { zh: '工作日历数据无效：{detail}', en: 'the working calendar data is invalid: {detail}' },
  SYNC_REASON_CALENDAR_VERSION_TAKEN: {
    zh: '本机已有版本“{version}”的工作日历，但内容不同',
    en: 'this computer already holds a working calendar of version “{version}” with other content',
  },
  SYNC_REASON_INSPECTION_FILING_MISSING: {
    zh: '核查 #{inspectionId} 的备案记录不存在',
    en: 'the filing of inspection #{inspectionId} does not exist',
  },
  SYNC_REASON_EVIDENCE_CHANGED: { zh: '证据文件缺失或已被改动：{path}', en: 'an evidence file is missing or was changed: {path}' },
  SYNC_REASON_NO_FIELD_CERTIFICATE: { zh: '本机尚未导入单位签发的证书', en: 'this computer has not imported a certificate issued by the office yet' },
  SYNC_REASON_P12_UNREADABLE: { zh: '无法打开证书文件（PKCS#12）', en: 'the certificate file (PKCS#12) cannot be opened' },
  SYNC_REASON_P12_NO_KEY: { zh: '证书文件中没有私钥', en: 'the certificate file holds no private key' },
  SYNC_REASON_P12_MISSING_CERTS: {
    zh: '证书文件中缺少本人证书或单位根证书',
    en: 'the certificate file lacks the holder’s or the office’s root certificate',
  },
  SYNC_REASON_CERT_OUT_OF_VALIDITY: { zh: '证书不在有效期内', en: 'the certificate is not within its validity period' },
  SYNC_REASON_P12_PIN_NEEDED: { zh: '打开证书文件需要 PIN 码', en: 'the certificate file needs its PIN to open' },
  SYNC_REASON_P12_OTHER_OFFICE: { zh: '证书文件来自另一个单位', en: 'the certificate file comes from another office' },
  SYNC_REASON_FIRST_PACK_NEEDS_P12: {
    zh: '首次导入任务包需要单位签发的证书文件（.p12）和 PIN 码',
    en: 'the first task pack needs the certificate file (.p12) issued by the office and its PIN',
  },
  SYNC_REASON_OFFICE_CANNOT_IMPORT_PACK: { zh: '单位数据库不能导入任务包', en: 'an office database cannot import task packs' },
  SYNC_REASON_DATABASE_NOT_EMPTY: {
    zh: '此数据库已有其他数据（如演示数据），请使用新的数据库文件',
    en: 'this database already holds other data (such as the demo); use a new database file',
  },
  SYNC_REASON_PACK_NOT_FROM_OFFICE: { zh: '任务包不是单位签发的', en: 'the task pack was not issued by the office' },
  SYNC_REASON_PACK_FOR_OTHER_DEVICE: {
    zh: '任务包发给 {recipient}，本机为 {deviceKey}',
    en: 'the task pack is for {recipient}; this computer is {deviceKey}',
  },
  SYNC_REASON_DATABASE_VERSION: { zh: '数据库结构版本 {version}', en: 'database schema version {version}' },
  SYNC_REASON_OWN_CERT_REVOKED: { zh: '本机证书已被单位吊销', en: 'the office has revoked this computer’s certificate' },
  SYNC_REASON_TABLE_COLUMNS: { zh: '表 {table} 的字段与本软件不一致', en: 'the columns of table {table} differ from this app’s' },
  SYNC_REASON_PACK_SEQUENCE: { zh: '任务包序号 {sequence}', en: 'task pack number {sequence}' },
  SYNC_REASON_NO_KEYRING_PIN_NEEDED: {
    zh: '本机没有可用的系统密钥库，请提供 PIN 码以加密保存',
    en: 'this computer has no usable system keyring; give a PIN to store the key encrypted',
  },
  SYNC_REASON_PIN_MIN: { zh: 'PIN 码至少 {minimum} 位', en: 'the PIN has at least {minimum} characters' },
  SYNC_REASON_KEYRING_UNAVAILABLE: {
    zh: '密钥保存在系统密钥库中，但当前无法访问系统密钥库',
    en: 'the key is kept in the system keyring, which cannot be reached now',
  },
  SYNC_REASON_KEYRING_DECRYPT: { zh: '系统密钥库无法解密签名密钥', en: 'the system keyring cannot decrypt the signing key' },
  SYNC_REASON_PIN_NEEDED: { zh: '需要 PIN 码', en: 'a PIN is needed' },
  SYNC_REASON_MANIFEST_HEADER_MISMATCH: { zh: '清单与文件头不一致', en: 'the manifest does not match the file header' },
  SYNC_REASON_ENTRY_COUNT: { zh: '清单 {listed} 项，文件 {found} 项', en: 'the manifest lists {listed} entries, the file has {found}' },
  SYNC_REASON_MANIFEST_MISSING: { zh: '缺少清单', en: 'the manifest is missing' },
  SYNC_REASON_MANIFEST_NOT_JSON: { zh: '清单不是 JSON', en: 'the manifest is not JSON' },
  SYNC_REASON_SIGNER_UNREADABLE: { zh: '签名证书无法读取', en: 'the signing certificate cannot be read' },
  SYNC_REASON_ENTRY_MISSING: { zh: '缺少 {name}', en: '{name} is missing' },
  SYNC_REASON_ENTRY_NOT_JSON: { zh: '{name} 不是 JSON', en: '{name} is not JSON' },
  SYNC_REASON_FILE_BYTES: { zh: '{bytes} 字节', en: '{bytes} bytes' },
  SYNC_REASON_HEADER_TOO_LONG: { zh: '文件头过长', en: 'the header is too long' },
  SYNC_REASON_TRAILING_BYTES: { zh: '文件末尾有多余内容', en: 'there are extra bytes at the end of the file' },
  SYNC_REASON_HEADER_NOT_JSON: { zh: '文件头不是 JSON', en: 'the header is not JSON' },
  SYNC_REASON_HEADER_NOT_CANONICAL: { zh: '文件头不是规范化 JSON', en: 'the header is not canonical JSON' },
  SYNC_REASON_VERSION_INVALID: { zh: '版本号“{version}”无效', en: 'the version “{version}” is not valid' },
  SYNC_REASON_VERSIONS: { zh: '文件版本 {fileVersion}，本软件版本 {appVersion}', en: 'file version {fileVersion}, this app’s version {appVersion}' },
  SYNC_REASON_TOO_MANY_ENTRIES: { zh: '条目超过 {maximum} 个', en: 'more than {maximum} entries' },
  SYNC_REASON_COMPRESSION: { zh: '不支持的压缩方式 {method}', en: 'unsupported compression method {method}' },
  SYNC_REASON_RATIO: { zh: '{name} 压缩比 {ratio}:1', en: '{name} has a compression ratio of {ratio}:1' },
  SYNC_REASON_TOTAL_SIZE: { zh: '解压后总大小超限', en: 'the total unpacked size is over the limit' },
  SYNC_REASON_IMPORTED_RECORD: { zh: '导入记录 #{importedId}', en: 'imported record #{importedId}' },
  SYNC_REASON_DEVICE: { zh: '设备 {deviceKey}', en: 'device {deviceKey}' },
  SYNC_REASON_CERT_NOT_SENDER: { zh: '证书与发送设备不符', en: 'the certificate does not belong to the sending device' },
  SYNC_REASON_AUDIT_ENTRY_NO_STATE: { zh: '第 {seq} 条缺少状态', en: 'entry {seq} lacks its state' },
  SYNC_REASON_AUDIT_ENTRY: { zh: '第 {seq} 条', en: 'entry {seq}' },
  SYNC_REASON_OFFICE_PASSPHRASE_MIN: { zh: '单位口令至少 {minimum} 位', en: 'the office passphrase has at least {minimum} characters' },
  SYNC_REASON_OFFICE_ALREADY_INIT: {
    zh: '单位根证书已存在，不能重复初始化',
    en: 'the office root certificate already exists and cannot be created again',
  },
  SYNC_REASON_RUN_OFFICE_INIT: { zh: '请先运行 office init', en: 'run office init first' },
  SYNC_REASON_OFFICE_PASSPHRASE_WRONG: { zh: '单位口令不正确', en: 'the office passphrase is not correct' },
  SYNC_REASON_DEVICE_NOT_ENROLLED: {
    zh: '{deviceKey} 未登记或证书已吊销，请先运行 office enroll',
    en: '{deviceKey} is not enrolled or its certificate was revoked; run office enroll first',
  },
  SYNC_REASON_FILING_MISSING: { zh: '备案记录 #{filingId} 不存在', en: 'filing #{filingId} does not exist' },
  SYNC_REASON_DEVICE_KEY_PATTERN: {
    zh: '设备编号只能包含字母、数字、- 和 _（最多 64 位）',
    en: 'a device ID has only letters, digits, - and _ (at most 64)',
  },
  SYNC_REASON_INSPECTOR_NAME_EMPTY: { zh: '核查人员姓名不能为空', en: 'the inspector’s name cannot be empty' },
  SYNC_REASON_AUDIT_DIFFERS: {
    zh: '设备 {deviceKey} 的审计日志第 {seq} 条与此前导入的不同',
    en: 'entry {seq} of device {deviceKey}’s audit log differs from the one imported before',
  },
  SYNC_REASON_PARENT_MISSING: {
    zh: '核查 #{remoteId} 的上一版本不在结果包中',
    en: 'the previous version of inspection #{remoteId} is not in the result bundle',
  },
  SYNC_REASON_SET_UP_OFFICE_FIRST: {
    zh: '请先设为本单位（设置 → 开始正式使用，或命令行 office init）',
    en: 'set it up as the office first (Settings → Start real work, or office init on the command line)',
  },
  SYNC_REASON_IMPORT_PACK_FIRST: { zh: '请先导入任务包', en: 'import a task pack first' },
  SYNC_REASON_DATABASE_IS_OFFICE: { zh: '此数据库是单位（office）数据库', en: 'this is an office database' },
  SYNC_REASON_DATABASE_IS_FIELD: { zh: '此数据库是外业（field）数据库', en: 'this is a field database' },
  SYNC_REASON_ALREADY_OFFICE: { zh: '此数据库已是单位（office）数据库', en: 'this database is already an office database' },
  SYNC_REASON_ALREADY_FIELD: { zh: '此数据库已是外业（field）数据库', en: 'this database is already a field database' },
  SYNC_REASON_ALREADY_SET_OFFICE: {
    zh: '此数据库已设为本单位（办公室），不能再设为本单位',
    en: 'this database is already set up as the office and cannot be set up again',
  },
  SYNC_REASON_ALREADY_SET_FIELD: {
    zh: '此数据库已设为外业笔记本，不能再设为本单位',
    en: 'this database is set up as a field laptop and cannot become the office',
  },
  SYNC_REASON_CLI_PIN_NEEDED: {
    zh: '请用 --{option} 或环境变量 {env} 提供 PIN 码',
    en: 'give the PIN with --{option} or the environment variable {env}',
  },
  SYNC_REASON_KEY_PASSPHRASE_NEEDED: { zh: '需要本机口令', en: 'the laptop passphrase is needed' },
  SYNC_REASON_CLI_KEY_PASSPHRASE_NEEDED: {
    zh: '请用 --{option} 或环境变量 {env} 提供本机口令',
    en: 'give the laptop passphrase with --{option} or the environment variable {env}',
  },
  SYNC_REASON_CLI_PASSPHRASE_NEEDED: {
    zh: '请用 --{option} 或环境变量 {env} 提供单位口令',
    en: 'give the office passphrase with --{option} or the environment variable {env}',
  },
} satisfies ErrorTexts;
