import type { ExpertDirectory, InstitutionDirectory } from './types';

/** Sorted, canonical JSON of a directory and its SHA-256 (the hashes a record and a notice print). */
export function canonicalInstitutionDirectory(_directory: InstitutionDirectory): InstitutionDirectory {
  throw new Error('canonicalInstitutionDirectory: not implemented yet');
}
export function canonicalExpertDirectory(_directory: ExpertDirectory): ExpertDirectory {
  throw new Error('canonicalExpertDirectory: not implemented yet');
}
export function hashInstitutionDirectory(_directory: InstitutionDirectory): string {
  throw new Error('hashInstitutionDirectory: not implemented yet');
}
export function hashExpertDirectory(_directory: ExpertDirectory): string {
  throw new Error('hashExpertDirectory: not implemented yet');
}
