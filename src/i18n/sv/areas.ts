/** The areas of `t` (src/i18n/sv.ts), one module per area of the site. */
export { common } from './common';
export { assessment } from './assessment';
export { profile } from './profile';
export { workshop } from './workshop';
export { workshopFactors } from './workshop-factors';
export { countyComparison } from './county-comparison';
