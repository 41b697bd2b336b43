import { z } from 'zod';
import { channel } from '../define';

export interface SettingsInfo {
  /** The name the audit log records for changes made in this window (app_meta profile_inspector_name). */
  inspectorName: string | null;
  /** What the audit log writes while no name is set. */
  defaultActor: string;
  /** False on a field laptop: the name came with the office's task pack and signs with its certificate. */
  nameEditable: boolean;
  role: 'office' | 'field' | 'demo' | 'unset';
  dataDir: string;
  databasePath: string;
  appVersion: string;
}

export const settingsChannels = {
  'settings:get': channel(z.object({}).strict(), '设置：评估人员姓名、本机角色、数据目录、版本').reads<SettingsInfo>(),
  'settings:setInspectorName': channel(
    z.object({ name: z.string().trim().min(1, 'ARG_NAME_REQUIRED').max(50, 'ARG_NAME_TOO_LONG') }).strict(),
    '设置：审计日志中记录的评估人员姓名',
  ).writes<SettingsInfo>(),
};
