import type { ImportKind } from '../types';
import { batchesImport, type BatchImportRecord } from './batches';
import { candidatesImport, type CandidateImportRecord } from './candidates';
import type { ImportKindDefinition } from './definition';
import { expertsImport, type ExpertImportRecord } from './experts';
import { institutionsImport, type InstitutionImportRecord } from './institutions';

export interface ImportRecordOf {
  institutions: InstitutionImportRecord;
  batches: BatchImportRecord;
  candidates: CandidateImportRecord;
  experts: ExpertImportRecord;
}

export const importDefinitions: { [K in ImportKind]: ImportKindDefinition<string, ImportRecordOf[K]> } = {
  institutions: institutionsImport as ImportKindDefinition<string, InstitutionImportRecord>,
  batches: batchesImport as ImportKindDefinition<string, BatchImportRecord>,
  candidates: candidatesImport as ImportKindDefinition<string, CandidateImportRecord>,
  experts: expertsImport as ImportKindDefinition<string, ExpertImportRecord>,
};

export type { BatchImportRecord, CandidateImportRecord, ExpertImportRecord, InstitutionImportRecord };
