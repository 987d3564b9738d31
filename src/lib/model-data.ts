/**
 * Loads and validates the maturity model from content/model/ (JSON). Works the same in the
 * Astro build, in islands and in vitest, because Vite resolves import.meta.glob everywhere.
 * A broken model throws at build with a message naming the file and the field.
 */
import { factorModelSchema, scaleSchema, type FactorModel, type MaturityModel, type Scale } from './model';
import type { z } from 'zod';

const factorFiles = import.meta.glob('../../content/model/factors/*.json', { eager: true, import: 'default' });
const scaleFiles = import.meta.glob('../../content/model/scale.json', { eager: true, import: 'default' });

function describe(file: string, error: z.ZodError): string {
  return error.issues.map((i) => `${file}: field "${i.path.map(String).join('.') || '(root)'}": ${i.message}`).join('\n');
}

export function parseModelFile<T>(file: string, raw: unknown, schema: z.ZodType<T>): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`Invalid maturity model\n${describe(file, result.error)}`);
  return result.data;
}

function displayPath(key: string): string {
  return key.replace(/^(\.\.\/)+/, '');
}

export const factorEntries: { file: string; data: FactorModel }[] = Object.entries(factorFiles)
  .map(([key, raw]) => ({ file: displayPath(key), data: parseModelFile(displayPath(key), raw, factorModelSchema) }))
  .sort((a, b) => a.data.number - b.data.number);

const scaleEntry = Object.entries(scaleFiles)[0];
if (!scaleEntry) throw new Error('Invalid maturity model\ncontent/model/scale.json: file is missing');
export const scale: Scale = parseModelFile('content/model/scale.json', scaleEntry[1], scaleSchema);

export const model: MaturityModel = {
  version: scale.version,
  scale,
  factors: factorEntries.map((e) => e.data),
};
