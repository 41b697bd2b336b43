import type { ErrorTexts } from './types';

/** The office store on PostgreSQL (db/engine/pg): connecting, losing the connection, and what only SQLite can do. */
export const storeErrors = {
  STORE_CONNECT_FAILED: {
    zh: '无法连接 PostgreSQL 数据库 {target}：{reason}。请检查地址、端口、用户名和密码，以及数据库服务器是否已启动。',
    en: 'Could not connect to the PostgreSQL database {target}: {reason}. Check the host, port, user name and password, and that the database server is running.',
  },
  // Reasons of STORE_CONNECT_FAILED (its {reason}), from PostgreSQL's SQLSTATE or Node's socket error code.
  STORE_REASON_AUTH: {
    zh: '用户名或密码不正确，或服务器不允许本机以该用户连接',
    en: 'the user name or password is wrong, or the server does not let this computer connect as that user',
  },
  STORE_REASON_NO_DATABASE: {
    zh: '服务器上没有名为 {database} 的数据库',
    en: 'the server has no database named {database}',
  },
  STORE_REASON_REFUSED: {
    zh: '该地址和端口上没有数据库服务在运行',
    en: 'no database server is listening at that address and port',
  },
  STORE_REASON_HOST_UNKNOWN: {
    zh: '找不到该主机名',
    en: 'the host name could not be found',
  },
  STORE_REASON_UNREACHABLE: {
    zh: '服务器没有响应（网络不通或被防火墙阻挡）',
    en: 'the server did not answer (no network route, or a firewall in the way)',
  },
  STORE_CONNECTION_LOST: {
    zh: '与 PostgreSQL 数据库的连接已断开（{reason}）。正在进行的操作未保存任何内容，请检查网络后重试。',
    en: 'The connection to the PostgreSQL database was lost ({reason}). The operation in progress saved nothing; check the network and try again.',
  },
  STORE_CONNECTION_CLOSED: {
    zh: '数据库连接已关闭，无法继续操作。请重新打开软件。',
    en: 'The database connection is closed. Restart the app.',
  },
  STORE_TIMEOUT: {
    zh: 'PostgreSQL 数据库 {seconds} 秒内没有响应，操作已中止，未保存任何内容。请检查网络和服务器后重试。',
    en: 'The PostgreSQL database did not answer within {seconds} seconds; the operation was stopped and nothing was saved. Check the network and the server, then try again.',
  },
  STORE_BAD_LOCATION: {
    zh: '数据库位置无效：{location}。请填写本机数据库文件路径，或 postgres://用户名@主机:端口/数据库名 形式的地址。',
    en: 'Invalid database location: {location}. Give a database file path, or an address of the form postgres://user@host:port/database.',
  },
  STORE_NOT_INITIALISED: {
    zh: 'PostgreSQL 数据库 {target} 还不是本软件的数据库（没有任何表）。新建请用 office init --db 或 db migrate --db，或在“本单位数据库”设置中初始化。',
    en: 'The PostgreSQL database {target} is not a store of this app yet (it has no tables). To create one use office init --db or db migrate --db, or initialise it in the office database settings.',
  },
  STORE_SQLITE_ONLY: {
    zh: '“{operation}”只适用于本机数据库（SQLite），当前数据库是 PostgreSQL：{target}。',
    en: '"{operation}" works only on a local (SQLite) database; this one is PostgreSQL: {target}.',
  },
  STORE_NOT_EMPTY: {
    zh: '目标数据库 {target} 已有数据（{tables}），未复制任何内容。请指定一个新建的空数据库。',
    en: 'The target database {target} already holds data ({tables}); nothing was copied. Name a new, empty database.',
  },
  STORE_COPY_MISMATCH: {
    zh: '复制后的数据与原数据库不一致（{detail}），目标数据库已回滚，未保留任何内容。',
    en: 'The copy does not match the source database ({detail}); the target was rolled back and keeps nothing.',
  },
  STORE_PG_DUMP_MISSING: {
    zh: '找不到 PostgreSQL 工具 {tool}（已查找 PATH 和 /usr/lib/postgresql/*/bin）。请安装 PostgreSQL 客户端（如 Debian 的 postgresql-client）后重试。',
    en: "The PostgreSQL tool {tool} was not found (looked on PATH and in /usr/lib/postgresql/*/bin). Install the PostgreSQL client (e.g. Debian's postgresql-client) and try again.",
  },
  STORE_PG_TOOL_FAILED: {
    zh: '{tool} 执行失败（{target}）：{reason}',
    en: '{tool} failed ({target}): {reason}',
  },
  STORE_COPY_UNKNOWN_TABLE: {
    zh: '无法复制：{side}数据库有表 {tables}，本软件的数据库结构中没有（或列不一致）。未复制任何内容。',
    en: "Cannot copy: the {side} database has table(s) {tables} that this app's schema does not have (or whose columns differ). Nothing was copied.",
  },
  STORE_COPY_VERSION_MISMATCH: {
    zh: '无法复制：源数据库结构版本为 {source}，本软件为 {latest}。请先用本软件执行 db migrate --db 源数据库。',
    en: 'Cannot copy: the source database is at schema version {source}, this app at {latest}. Run db migrate --db on the source with this app first.',
  },
  STORE_COPY_TRIGGER_BLOCKED: {
    zh: '复制表 {table} 时被数据库触发器拒绝：{reason}。目标数据库已回滚。',
    en: 'A database trigger refused the copy of table {table}: {reason}. The target was rolled back.',
  },
} satisfies ErrorTexts;
