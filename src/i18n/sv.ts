/**
 * Every string a user sees, in Swedish. One entry point; one part per area of the site, so
 * that each area's strings stay together. Import from here only: `import { t } from '…/i18n/sv'`.
 */
import { common } from './sv/common';
import { assessment } from './sv/assessment';
import { profile } from './sv/profile';
import { workshop } from './sv/workshop';
import { countyComparison } from './sv/county-comparison';

export const t = { common, assessment, profile, workshop, countyComparison } as const;
export type Strings = typeof t;
