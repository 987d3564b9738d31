/** The areas of `t` (src/i18n/sv.ts), one module per area of the site. */
export { common } from './common';
export { assessment, assessmentPage } from './assessment';
export { profile } from './profile';
export { report } from './report';
export { workshop, workshopPage } from './workshop';
export { workshopFactors } from './workshop-factors';
export { countyComparison } from './county-comparison';
