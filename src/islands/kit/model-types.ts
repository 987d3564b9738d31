import type { FactorId, Role } from '../../lib/factors';

/** The part of the maturity model a workshop or comparison view needs (plain, serialisable). */
export interface FactorInfo {
  id: FactorId;
  number: number;
  title: string;
  shortLabel: string;
  question: string;
  levels: string[];
  reflectionQuestions: string[];
  /** Link to the factor's chapter (base-aware). */
  href: string;
}

/** Island props built by modelProps() (src/islands/model-props.ts). */
export interface ModelProps {
  factors: FactorInfo[];
  /** Names of levels 0–4. */
  levelNames: string[];
  unknownName: string;
  roleNames: Record<Role, string>;
  modelVersion: string;
}
