/** Step 3 of /jamfor/: a radar chart of the chosen municipalities (at most five). */
import { isLevel } from '../../lib/aggregate';
import type { CountyRow } from '../../lib/county-comparison';
import { FACTOR_IDS } from '../../lib/factors';
import { t } from '../../i18n/sv';
import { RadarChart } from '../charts/Chart';
import type { DashStyle } from '../charts/types';
import type { ModelProps } from '../kit/model-types';
import { cellText } from './HeatTable';

const s = t.countyComparison;
const DASHES: DashStyle[] = ['solid', 'dashed', 'dotted', 'dashdot', 'longdash'];

export function ChartSection({
  rows,
  labels,
  factors,
}: {
  rows: CountyRow[];
  labels: Map<string, string>;
  factors: ModelProps['factors'];
}) {
  const name = (r: CountyRow) => labels.get(r.id) ?? r.organisation;
  return (
    // With no municipality chosen there is no chart: the printout leaves the section out.
    <section aria-labelledby="cmp-chart-h" class={`cmp-chart${rows.length === 0 ? ' no-print' : ''}`}>
      <h2 id="cmp-chart-h" class="cmp-step">
        {s.chartHeading}
      </h2>
      <p class="no-print">{s.chartHint}</p>
      {rows.length === 0 ? (
        <p>{s.chartEmpty}</p>
      ) : (
        <RadarChart
          id="jamfor-radar"
          title={s.chartTitle}
          summary={s.chartSummary(rows.map(name).join(', '))}
          labels={factors.map((f) => `${f.number}. ${f.shortLabel}`)}
          datasets={rows.map((r, i) => ({
            name: name(r),
            values: FACTOR_IDS.map((f) => {
              const v = r.levels[f];
              return isLevel(v) ? v : null;
            }),
            texts: FACTOR_IDS.map((f) => cellText(r.levels[f])),
            dash: DASHES[i % DASHES.length],
          }))}
          table={false}
        />
      )}
    </section>
  );
}
