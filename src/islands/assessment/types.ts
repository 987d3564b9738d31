/** Props of the /sjalvskattning/ island, shared by its views. */
import type { FormFactor, FormScale } from './FactorForm';

export interface AppFactor extends FormFactor {
  shortLabel: string;
  href: string;
}

export type AppScale = FormScale & { roles: { id: string; name: string }[] };

export interface AppProps {
  factors: AppFactor[];
  scale: AppScale;
  modelVersion: string;
  pageHref: string;
  profileHref: string;
  reportHref: string;
}
