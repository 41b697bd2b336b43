export { autoFindings, type AutoFinding, type FindingsFiling } from './auto-findings';
