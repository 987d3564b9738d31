import type { ModelProps } from '../kit/model-types';

export type { FactorInfo, ModelProps } from '../kit/model-types';

export interface WorkshopProps extends ModelProps {
  links: { profile: string; report: string };
}
