/**
 * The plain-words reason (a STORE_REASON_* code) for why connecting to PostgreSQL failed, from the SQLSTATE the server
 * sent or the code of Node's socket error; undefined when there is no plain wording and the server's text is shown.
 */
export function connectReasonCode(cause: string | undefined): string | undefined {
  if (!cause) return undefined;
  // 28P01 invalid_password, 28000 invalid_authorization_specification (pg_hba.conf has no entry for this host/user).
  if (cause === '28P01' || cause === '28000') return 'STORE_REASON_AUTH';
  if (cause === '3D000') return 'STORE_REASON_NO_DATABASE';
  if (cause === 'ECONNREFUSED') return 'STORE_REASON_REFUSED';
  if (cause === 'ENOTFOUND' || cause === 'EAI_AGAIN') return 'STORE_REASON_HOST_UNKNOWN';
  if (cause === 'ETIMEDOUT' || cause === 'EHOSTUNREACH' || cause === 'ENETUNREACH') return 'STORE_REASON_UNREACHABLE';
  return undefined;
}
