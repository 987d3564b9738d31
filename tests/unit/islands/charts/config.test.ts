import { describe, expect, it } from 'vitest';
import { buildConfig, formatValue, wrapLabel } from '../../../../src/islands/charts/config';
import { readFileSync } from 'node:fs';
import { DASH, LIGHT, styleFor, type ChartColors } from '../../../../src/islands/charts/palette';

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

/** Relative luminance (WCAG). */
function luminance(hex: string): number {
  const c = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
const contrastWithWhite = (hex: string) => contrast(hex, '#ffffff');

/** The --chart-N colours of a block of charts.css, and the --c-bg/--c-surface of global.css's dark block. */
function cssVars(file: string, afterMarker: string): Record<string, string> {
  const css = readFileSync(file, 'utf8');
  const block = css.slice(css.indexOf(afterMarker));
  const out: Record<string, string> = {};
  for (const m of block.slice(0, block.indexOf('}')).matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)) out[m[1]!] = m[2]!;
  return out;
}

describe('chart configuration', () => {
  it('radar: 0–4 scale, the comparison dashed and in another colour and point shape', () => {
    const cfg = buildConfig('radar', props, { pixelRatio: 2 }) as any;
    expect(cfg.type).toBe('radar');
    expect(cfg.options.scales.r).toMatchObject({ min: 0, max: 4 });
    const [a, b] = cfg.data.datasets;
    expect(a.borderDash).toEqual([]);
    expect(b.borderDash).toEqual(DASH.dashed);
    expect(a.borderColor).not.toBe(b.borderColor);
    expect(a.pointStyle).not.toBe(b.pointStyle);
    expect(a.data).toEqual([1, null, 3]);
  });

  it('writes the scale numbers itself, with a decimal comma (not through Intl)', () => {
    const radar = buildConfig('radar', props, { pixelRatio: 1 }) as any;
    const bar = buildConfig('bar', props, { pixelRatio: 1 }) as any;
    for (const tick of [radar.options.scales.r.ticks.callback, bar.options.scales.x.ticks.callback]) {
      expect([tick(0), tick(3), tick(2.5)]).toEqual(['0', '3', '2,5']);
    }
  });

  it('never animates', () => {
    expect((buildConfig('radar', props, { pixelRatio: 1 }) as any).options.animation).toBe(false);
    expect((buildConfig('bar', props, { pixelRatio: 1 }) as any).options.animation).toBe(false);
  });

  it('bar: horizontal; the comparison is a light bar with an outline', () => {
    const cfg = buildConfig('bar', props, { pixelRatio: 2 }) as any;
    expect(cfg.options.indexAxis).toBe('y');
    expect(cfg.options.scales.x).toMatchObject({ min: 0, max: 4 });
    const [a, b] = cfg.data.datasets;
    expect(a.borderWidth).toBe(0);
    expect(b.borderWidth).toBeGreaterThan(0);
    expect(b.backgroundColor).toMatch(/^rgba\(/);
  });

  it('series colours keep 4.5:1 on the page background in both colour schemes; styles differ per series', () => {
    for (const c of LIGHT.series) expect(contrastWithWhite(c), c).toBeGreaterThanOrEqual(4.5);
    const light = cssVars('src/islands/charts/charts.css', '.chart {');
    expect(Object.values(light)).toEqual(LIGHT.series);
    const dark = cssVars('src/islands/charts/charts.css', 'prefers-color-scheme: dark');
    const page = cssVars('src/styles/global.css', 'prefers-color-scheme: dark');
    expect(Object.keys(dark)).toHaveLength(5);
    for (const c of Object.values(dark)) {
      expect(contrast(c, page['--c-bg']!), c).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c, page['--c-surface']!), c).toBeGreaterThanOrEqual(4.5);
    }
    const styles = [0, 1, 2, 3, 4].map((i) => styleFor(i));
    expect(new Set(styles.map((s) => s.dash)).size).toBe(5);
    expect(new Set(styles.map((s) => s.pointStyle)).size).toBe(5);
  });

  it('draws gaps as gaps: no fill when a value is missing, the gap’s text on its axis, and a marker plugin', () => {
    const gaps = { ...props, datasets: [{ name: 'Nu', values: [1, null, 3], texts: ['1 A', 'Vet ej', '3 C'] }] };
    const cfg = buildConfig('radar', gaps, { pixelRatio: 1 }) as any;
    expect(cfg.data.datasets[0].fill).toBe(false);
    expect(cfg.data.datasets[0].spanGaps).toBe(false);
    const label = cfg.options.scales.r.pointLabels.callback;
    expect(label('b', 1)).toEqual(['b', 'Vet ej']);
    expect(label('a', 0)).toBe('a');
    expect(cfg.plugins.map((p: { id: string }) => p.id)).toContain('tsiGaps');
    // Complete data is filled; a narrow radar names its axes by number.
    const full = { ...props, datasets: [{ name: 'Nu', values: [1, 2, 3] }] };
    const narrow = buildConfig('radar', full, { pixelRatio: 1, narrow: true }) as any;
    expect(narrow.data.datasets[0].fill).toBe(true);
    expect(narrow.options.scales.r.pointLabels.callback('a', 0)).toBe('1');
  });

  it('takes its colours from the given scheme (the page’s CSS custom properties)', () => {
    const dark: ChartColors = {
      text: '#e8eaed',
      muted: '#b4bac1',
      grid: '#5a636d',
      bg: '#121417',
      series: ['#8cc4ea', '#f2b266'],
    };
    const cfg = buildConfig('bar', props, { pixelRatio: 1, colors: dark }) as any;
    expect(cfg.data.datasets[0].backgroundColor).toBe('#8cc4ea');
    expect(cfg.options.scales.x.ticks.color).toBe('#e8eaed');
    expect(cfg.options.scales.x.grid.color).toBe('#5a636d');
  });

  it('puts long axis names on two lines, split near the middle', () => {
    expect(wrapLabel('2. Problembild')).toEqual(['2. Problembild']);
    expect(wrapLabel('9. Samma modell i länet')).toEqual(['9. Samma', 'modell i länet']);
    expect(wrapLabel('Tvärprofessionellateamet')).toEqual(['Tvärprofessionellateamet']);
    const gaps = { ...props, labels: ['9. Samma modell i länet', 'b', 'c'], datasets: [{ name: 'Nu', values: [null, 1, 2] }] };
    const cfg = buildConfig('radar', gaps, { pixelRatio: 1 }) as any;
    expect(cfg.options.scales.r.pointLabels.callback('9. Samma modell i länet', 0)).toEqual(['9. Samma', 'modell i länet', '–']);
  });

  it('formats numbers the Swedish way', () => {
    expect(formatValue(2.5)).toBe('2,5');
    expect(formatValue(3)).toBe('3');
  });
});
