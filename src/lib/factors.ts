/**
 * The ten success factors' stable ids, in their official order (index + 1 = number).
 * These ids are stored in every assessment, so they never change. The maturity model in
 * content/model/factors/ must use exactly these ids (checked by tests/unit/model.test.ts and
 * at build by src/lib/model.ts).
 */
export const FACTOR_IDS = [
  'prioritera-forebyggande-arbetet',
  'kartlagg-problembilden',
  'forankra-politiskt',
  'forsta-varandras-uppdrag',
  'samordna-strukturen',
  'tvarprofessionella-team',
  'involvera-barn-unga-vardnadshavare',
  'ga-stegvis-fram',
  'samma-modell-i-lanet',
  'folj-upp-resultatet',
] as const;

export type FactorId = (typeof FACTOR_IDS)[number];

export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

/** Participant roles (stored ids; Swedish labels live in content/model/scale.json). */
export const ROLES = [
  'skola',
  'elevhalsa',
  'socialtjanst',
  'halso-och-sjukvard',
  'polis',
  'fritid',
  'politik-ledning',
  'annan',
] as const;
export type Role = (typeof ROLES)[number];
