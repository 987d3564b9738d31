import { describe, expect, it } from 'vitest';
import { buildConfig, formatValue } from '../../../../src/islands/charts/config';
import { DASH, PALETTE, styleFor } from '../../../../src/islands/charts/palette';

const props = {
  id: 't',
  title: 'T',
  summary: 'S',
  labels: ['a', 'b', 'c'],
  datasets: [
    { name: 'Nu', values: [1, null, 3] },
    { name: 'Förra', values: [0, 2, 3], dash: 'dashed' as const },
  ],
};

/** Relative luminance contrast against white (WCAG). */
function contrastWithWhite(hex: string): number {
  const c = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  return 1.05 / (l + 0.05);
}

describe('chart configuration', () => {
  it('radar: 0–4 scale, the comparison dashed and in another colour and point shape', () => {
    const cfg = buildConfig('radar', props, { reducedMotion: false, pixelRatio: 2 }) as any;
    expect(cfg.type).toBe('radar');
    expect(cfg.options.scales.r).toMatchObject({ min: 0, max: 4 });
    const [a, b] = cfg.data.datasets;
    expect(a.borderDash).toEqual([]);
    expect(b.borderDash).toEqual(DASH.dashed);
    expect(a.borderColor).not.toBe(b.borderColor);
    expect(a.pointStyle).not.toBe(b.pointStyle);
    expect(a.data).toEqual([1, null, 3]);
    expect(cfg.options.animation).not.toBe(false);
  });

  it('turns animation off for reduced motion', () => {
    expect((buildConfig('radar', props, { reducedMotion: true, pixelRatio: 1 }) as any).options.animation).toBe(false);
    expect((buildConfig('bar', props, { reducedMotion: true, pixelRatio: 1 }) as any).options.animation).toBe(false);
  });

  it('bar: horizontal; the comparison is a light bar with an outline', () => {
    const cfg = buildConfig('bar', props, { reducedMotion: false, pixelRatio: 2 }) as any;
    expect(cfg.options.indexAxis).toBe('y');
    expect(cfg.options.scales.x).toMatchObject({ min: 0, max: 4 });
    const [a, b] = cfg.data.datasets;
    expect(a.borderWidth).toBe(0);
    expect(b.borderWidth).toBeGreaterThan(0);
    expect(b.backgroundColor).toMatch(/^rgba\(/);
  });

  it('palette colours have at least 4.5:1 contrast against white; styles differ per series', () => {
    for (const c of PALETTE) expect(contrastWithWhite(c), c).toBeGreaterThanOrEqual(4.5);
    const styles = [0, 1, 2, 3, 4].map((i) => styleFor(i));
    expect(new Set(styles.map((s) => s.dash)).size).toBe(5);
    expect(new Set(styles.map((s) => s.pointStyle)).size).toBe(5);
  });

  it('formats numbers the Swedish way', () => {
    expect(formatValue(2.5)).toBe('2,5');
    expect(formatValue(3)).toBe('3');
  });
});
