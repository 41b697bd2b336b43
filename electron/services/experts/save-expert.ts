import type { Database } from '../../../db/engine';
import {
  findExpertByCode,
  findExpertByIdNumber,
  insertExpert,
  nextExpertCode,
  setExpertActive,
  updateExpert,
} from '../../../db/repositories/experts';
import { inTransaction } from '../../../db/sql';
import { normalizeCodeText } from '../../../shared/domain/validation';
import { AppError } from '../../../shared/errors';
import type { expertSaveArgs, ExpertView } from '../../../shared/ipc/channels/experts';
import type { z } from 'zod';
import { refuseOnLaptop } from './office-only';
import { requireExpert, toExpertView } from './expert-view';

export type ExpertSaveInput = z.output<typeof expertSaveArgs>;

/**
 * experts:save: a new expert (ID number required, code the next ZJ-number unless given) or an update of every field
 * (an absent ID number or code stays as stored). The ID number and the code each belong to one expert of the pool;
 * the checks and the write share one transaction, so nothing is half saved.
 */
export function saveExpert(db: Database, input: ExpertSaveInput, now: Date): ExpertView {
  refuseOnLaptop(db);
  return inTransaction(db, () => {
    const stored = input.id === undefined ? null : requireExpert(db, input.id);
    const idNumber = input.idNumber === undefined ? stored?.idNumber : normalizeCodeText(input.idNumber).toUpperCase();
    if (idNumber === undefined) throw new AppError('EXPERT_ID_NUMBER_REQUIRED');
    const code = input.code ?? stored?.code ?? nextExpertCode(db);
    const idOwner = findExpertByIdNumber(db, idNumber);
    if (idOwner && idOwner.id !== stored?.id) throw new AppError('EXPERT_ID_NUMBER_TAKEN', { code: idOwner.code, name: idOwner.name });
    const codeOwner = findExpertByCode(db, code);
    if (codeOwner && codeOwner.id !== stored?.id) throw new AppError('EXPERT_CODE_TAKEN', { code, name: codeOwner.name });
    const fields = {
      code,
      name: input.name,
      idNumber,
      employerName: input.employerName,
      employerUscc: input.employerUscc,
      region: input.region,
      specialties: input.specialties,
      roles: [...new Set(input.roles)],
      active: input.active,
      deviceKey: input.deviceKey,
      conflicts: input.conflicts,
    };
    const at = now.toISOString();
    return toExpertView(stored ? updateExpert(db, stored.id, fields, at) : insertExpert(db, fields, at));
  });
}

/** experts:setActive: an inactive expert stays in the pool (and in past draws) but is not drawn again. */
export function setExpertActivity(db: Database, id: number, active: boolean, now: Date): ExpertView {
  refuseOnLaptop(db);
  return inTransaction(db, () => {
    const stored = requireExpert(db, id);
    if (stored.active !== active) setExpertActive(db, id, active, now.toISOString());
    return toExpertView(requireExpert(db, id));
  });
}
