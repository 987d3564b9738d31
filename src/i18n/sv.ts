/**
 * Every string a user sees, in Swedish. One entry point; one part per area of the site, so
 * that each area's strings stay together. Import from here only: `import { t } from '…/i18n/sv'`.
 *
 * `t` is a module namespace (not an object literal), so the bundler keeps only the areas a
 * page's islands read: /sjalvskattning/ does not ship the workshop's strings.
 */
import * as t from './sv/areas';

export { t };
export type Strings = typeof t;
