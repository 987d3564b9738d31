import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { FACTOR_IDS, ROLES } from '../../../src/lib/factors';
import { factorModelSchema, modelProblems, scaleSchema } from '../../../src/lib/model';
import { factorEntries, model } from '../../../src/lib/model-data';

/** Factor chapters as the build sees them: id = file name, factor = frontmatter number. */
function factorChaptersOnDisk(): { id: string; factor: number }[] {
  return readdirSync('content/chapters')
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => {
      const fm = readFileSync(`content/chapters/${f}`, 'utf8').split(/^---$/m)[1] ?? '';
      const m = /^factor:\s*(\d+)\s*$/m.exec(fm);
      return /^kind:\s*factor\s*$/m.test(fm) && m ? [{ id: f.replace(/\.mdx$/, ''), factor: Number(m[1]) }] : [];
    });
}

describe('maturity model (content/model)', () => {
  it('has exactly ten factors numbered 1–10 with the stable ids in order', () => {
    expect(model.factors.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(model.factors.map((f) => f.id)).toEqual([...FACTOR_IDS]);
  });

  it('binds every factor to its chapter and every factor chapter to its factor', () => {
    expect(modelProblems(factorEntries, factorChaptersOnDisk())).toEqual([]);
  });

  it('has five levels with names, a "Vet ej" answer and every role', () => {
    expect(model.scale.levels.map((l) => l.level)).toEqual([0, 1, 2, 3, 4]);
    expect(model.scale.unknown.name).toBe('Vet ej');
    expect(model.scale.roles.map((r) => r.id)).toEqual([...ROLES]);
    expect(model.version).toMatch(/\S/);
  });

  it('gives each level a distinct description and next step', () => {
    for (const f of model.factors) {
      expect(new Set(f.levels).size, f.id).toBe(5);
      expect(new Set(f.nextSteps).size, f.id).toBe(5);
    }
  });
});

describe('model validation catches broken files', () => {
  const valid = model.factors[0]!;

  it('rejects a factor with four levels, naming the field', () => {
    const r = factorModelSchema.safeParse({ ...valid, levels: valid.levels.slice(0, 4) });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['levels']);
  });

  it('rejects too few reflection questions and an over-long chart label', () => {
    const r = factorModelSchema.safeParse({ ...valid, reflectionQuestions: ['En?', 'Två?'], shortLabel: 'x'.repeat(25) });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(['reflectionQuestions', 'shortLabel']);
  });

  it('rejects a scale with a missing role', () => {
    expect(scaleSchema.safeParse({ ...model.scale, roles: model.scale.roles.slice(1) }).success).toBe(false);
  });

  it('reports a duplicate number, a wrong id and a missing chapter with the file name', () => {
    const entries = factorEntries.map((e) => ({ ...e }));
    entries[1] = { file: 'content/model/factors/02-x.json', data: { ...entries[1]!.data, number: 1 } };
    const problems = modelProblems(
      entries,
      factorChaptersOnDisk().filter((c) => c.factor !== 3),
    );
    expect(problems.join('\n')).toMatch(/02-x\.json: field "number" 1 is also used by/);
    expect(problems.join('\n')).toMatch(/02-x\.json: field "id"/);
    expect(problems.join('\n')).toMatch(/field "chapter" names "forankra-politiskt", which is not a factor chapter/);
  });
});

describe('a broken model fails with a message naming file and field', () => {
  it('names the file and the nested field path', async () => {
    const { parseModelFile } = await import('../../../src/lib/model-data');
    const broken = { ...model.factors[0]!, levels: ['a', 'b', '', 'd', 'e'] };
    expect(() => parseModelFile('content/model/factors/01-test.json', broken, factorModelSchema)).toThrow(
      /content\/model\/factors\/01-test\.json: field "levels\.2"/,
    );
  });
});
