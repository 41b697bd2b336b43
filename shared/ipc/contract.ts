import type { z } from 'zod';
import type { Result } from '../errors';
import { appChannels } from './channels/app';
import { calendarChannels } from './channels/calendar';
import { evidenceChannels } from './channels/evidence';
import { expertChannels } from './channels/experts';
import { filesChannels } from './channels/files';
import { filingHistoryChannels } from './channels/filing-history';
import { importExportChannels, importExportEvents } from './channels/import-export';
import { inspectionChannels } from './channels/inspections';
import { institutionChannels } from './channels/institutions';
import { officeStoreChannels } from './channels/office-store';
import { rectificationChannels } from './channels/rectifications';
import { reportFileChannels } from './channels/report-files';
import { reportChannels } from './channels/reports';
import { roundChannels } from './channels/rounds';
import { roundPlanChannels } from './channels/round-plans';
import { samplingChannels } from './channels/sampling';
import { settingsChannels } from './channels/settings';
import { signingChannels } from './channels/signing';
import { syncChannels } from './channels/sync';
import { templateImportChannels } from './channels/template-import';
import { templateChannels } from './channels/templates';
import type { ChannelDef, ChannelTable, EventDef } from './define';
import { mergeTables } from './merge-tables';

/**
 * The IPC contract: every channel the renderer may call, named once, with its argument schema, result type and
 * access (read / write). Feature files under ./channels add their channels; main must have a handler for each (see
 * electron/handlers). A channel name in two feature files stops the app at start-up (mergeTables).
 */
export const contract = mergeTables('IPC contract (shared/ipc/channels)', {
  app: appChannels,
  institutions: institutionChannels,
  inspections: inspectionChannels,
  sampling: samplingChannels,
  evidence: evidenceChannels,
  signing: signingChannels,
  'import-export': importExportChannels,
  reports: reportChannels,
  sync: syncChannels,
  files: filesChannels,
  'report-files': reportFileChannels,
  settings: settingsChannels,
  templates: templateChannels,
  'template-import': templateImportChannels,
  calendar: calendarChannels,
  rounds: roundChannels,
  rectifications: rectificationChannels,
  'filing-history': filingHistoryChannels,
  experts: expertChannels,
  'round-plans': roundPlanChannels,
  'office-store': officeStoreChannels,
} satisfies Record<string, ChannelTable>);

/** Main → renderer events. */
export const events = {
  ...importExportEvents,
} satisfies Record<string, EventDef>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
export type ParsedArgsOf<C extends Channel> = z.output<Contract[C]['args']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = (typeof events)[E] extends EventDef<infer P> ? P : never;

export const channelNames = Object.freeze(Object.keys(contract) as Channel[]);
export const eventNames = Object.freeze(Object.keys(events) as EventName[]);

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The channels that change nothing stored (marked `.reads<…>()`); every other one is marked `.writes<…>()`. */
export type ReadChannel = { [C in Channel]: Contract[C]['access'] extends 'read' ? C : never }[Channel];
export const readChannelNames = Object.freeze(channelNames.filter((name): name is ReadChannel => contract[name].access === 'read'));

/** The channels whose valid calls contact a server named in their arguments (marked `{ contactsServer: true }`). */
export const serverChannelNames = Object.freeze(channelNames.filter((name) => (contract[name] as ChannelDef).contactsServer === true));

/** What the renderer sees as `window.api`. */
export interface Api {
  invoke: { readonly [C in Channel]: (args: ArgsOf<C>) => Promise<Result<ResultOf<C>>> };
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
