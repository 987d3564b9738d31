import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ASTRO_ENV } from '../../../scripts/astro.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('developer tooling', () => {
  it('runs Astro with its telemetry off, from every npm script', () => {
    expect(ASTRO_ENV.ASTRO_TELEMETRY_DISABLED).toBe('1');
    for (const [name, command] of Object.entries(pkg.scripts)) {
      // A bare `astro …` call would look up Astro's telemetry host; it must go through the wrapper.
      expect(command, `npm script "${name}"`).not.toMatch(/(^|&&|\|\||;)\s*(npx\s+)?astro\s/);
    }
    expect(pkg.scripts.build).toBe('node scripts/build.mjs');
  });

  it('the test command builds strictly (a warning fails it)', () => {
    expect(pkg.scripts.test).toContain('scripts/build.mjs --strict');
  });

  it('the test command lints before it builds; lint and format are npm scripts', () => {
    expect(pkg.scripts.lint).toBe('eslint .');
    expect(pkg.scripts['format:check']).toBe('prettier --check .');
    const test = pkg.scripts.test!;
    expect(test.indexOf('npm run lint')).toBeGreaterThan(-1);
    expect(test.indexOf('npm run lint')).toBeLessThan(test.indexOf('scripts/build.mjs'));
  });
});
