import type { Database } from '../engine';
import { nowIso, statement, insertedId } from '../sql';

export interface DeviceRecord {
  id: number;
  deviceKey: string;
  label: string;
  inspectorId: number | null;
  certificatePem: string | null;
  registeredAt: string;
}

interface DeviceRow {
  id: number;
  device_key: string;
  label: string;
  inspector_id: number | null;
  certificate_pem: string | null;
  registered_at: string;
}

const fromRow = (row: DeviceRow): DeviceRecord => ({
  id: row.id,
  deviceKey: row.device_key,
  label: row.label,
  inspectorId: row.inspector_id,
  certificatePem: row.certificate_pem,
  registeredAt: row.registered_at,
});

export function registerDevice(db: Database, input: Omit<DeviceRecord, 'id' | 'registeredAt'>, at = nowIso()): number {
  const result = statement(
    db,
    'INSERT INTO devices (device_key, label, inspector_id, certificate_pem, registered_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
  ).get(input.deviceKey, input.label, input.inspectorId, input.certificatePem, at);
  return insertedId(result);
}

export function findDevice(db: Database, deviceKey: string): DeviceRecord | null {
  const row = statement<DeviceRow>(db, 'SELECT * FROM devices WHERE device_key = ?').get(deviceKey);
  return row ? fromRow(row) : null;
}

export function listDevices(db: Database): DeviceRecord[] {
  return statement<DeviceRow>(db, 'SELECT * FROM devices ORDER BY id').all().map(fromRow);
}
