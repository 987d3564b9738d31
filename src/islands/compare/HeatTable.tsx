/**
 * /jamfor/'s table: one row per municipality, one column per factor with the level written in
 * (the colour only repeats it), sortable by any column, median, spread and count per factor,
 * a checkbox per row to show it in the chart, and for an individual's row a mark and a checkbox
 * to count it in the län's figures. The table scrolls inside its own focusable region.
 */
import { formatLevel, isLevel } from '../../lib/aggregate';
import type { countyMatrix, CountyRow, SortDir, SortKey } from '../../lib/county-comparison';
import { FACTOR_IDS, type FactorId } from '../../lib/factors';
import type { LevelValue } from '../../lib/schema';
import { t } from '../../i18n/sv';
import { colAction, removeShort } from '../../i18n/sv/file-loading';
import { memo } from '../kit/memo';
import type { ModelProps } from '../kit/model-types';

const s = t.countyComparison;

/** A cell's text: the level, or "Vet ej" / "Saknas" in words. */
export function cellText(v: LevelValue): string {
  return isLevel(v) ? String(v) : v === 'vet-ej' ? s.unknown : s.missing;
}

/** The table's foot: median, spread and count per factor. */
function footRows(stats: HeatProps['stats']): [string, (f: FactorId) => string | number][] {
  return [
    [s.median, (f) => formatLevel(stats[f].median)],
    [s.spread, (f) => (stats[f].min === null ? '–' : `${stats[f].min}–${stats[f].max}`)],
    [s.count, (f) => stats[f].answered],
  ];
}

interface HeatProps {
  rows: CountyRow[];
  labels: Map<string, string>;
  factors: ModelProps['factors'];
  stats: ReturnType<typeof countyMatrix>['factors'];
  sortKey: SortKey;
  sortDir: SortDir;
  chosen: string[];
  included: string[];
  onSort: (k: SortKey) => void;
  onChoose: (id: string, on: boolean) => boolean;
  onInclude: (id: string, on: boolean) => void;
  onRemove: (id: string) => void;
}

function SortHeader({
  k,
  label,
  sortKey,
  sortDir,
  onSort,
}: {
  k: SortKey;
  label: string;
  sortKey: SortKey;
  sortDir: SortDir;
  onSort: (k: SortKey) => void;
}) {
  const active = sortKey === k;
  return (
    <th scope="col" aria-sort={active ? sortDir : undefined}>
      <button type="button" class="cmp-sort" onClick={() => onSort(k)}>
        <span class="visually-hidden">{s.sortPrefix} </span>
        {label}{' '}
        <span class="cmp-sort__dir" aria-hidden="true">
          {active ? (sortDir === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** An individual's row: marked as such, with the choice to count it in the län's figures. */
function Individual({ label, on, onChange }: { label: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <>
      <span class="cmp-kind">{s.individual}</span>
      <label class="cmp-include">
        <input
          type="checkbox"
          aria-label={s.includeLabel(label)}
          checked={on}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />{' '}
        {s.include}
      </label>
    </>
  );
}

export const HeatTable = memo(function HeatTable(p: HeatProps) {
  return (
    <div class="table-scroll cmp-scroll" role="region" aria-label={s.tableRegion} tabIndex={0}>
      <table class="cmp-table">
        <caption>{s.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" class="no-print">
              {s.colShow}
            </th>
            <SortHeader k="organisation" label={s.colName} sortKey={p.sortKey} sortDir={p.sortDir} onSort={p.onSort} />
            {p.factors.map((f) => (
              <SortHeader
                key={f.id}
                k={f.id}
                label={`${f.number}. ${f.shortLabel}`}
                sortKey={p.sortKey}
                sortDir={p.sortDir}
                onSort={p.onSort}
              />
            ))}
            <th scope="col" class="no-print">
              <span class="visually-hidden">{colAction}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => {
            const label = p.labels.get(r.id) ?? r.organisation;
            return (
              <tr key={r.id}>
                <td class="cmp-show no-print">
                  <input
                    type="checkbox"
                    aria-label={s.showIn(label)}
                    checked={p.chosen.includes(r.id)}
                    onChange={(e) => {
                      // A refused choice leaves the table's props unchanged, so reset the box here.
                      if (!p.onChoose(r.id, e.currentTarget.checked)) e.currentTarget.checked = false;
                    }}
                  />
                </td>
                <th scope="row">
                  {label}
                  {r.kind === 'individual' && (
                    <Individual label={label} on={p.included.includes(r.id)} onChange={(on) => p.onInclude(r.id, on)} />
                  )}
                </th>
                {FACTOR_IDS.map((f) => {
                  const v = r.levels[f];
                  return (
                    <td key={f} class={`cmp-cell ${isLevel(v) ? `cmp-l${v}` : 'cmp-none'}`}>
                      {cellText(v)}
                    </td>
                  );
                })}
                <td class="no-print">
                  <button type="button" class="button wk-small" aria-label={s.remove(label)} onClick={() => p.onRemove(r.id)}>
                    {removeShort}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          {footRows(p.stats).map(([label, cell]) => (
            <tr key={label}>
              <td class="no-print" />
              <th scope="row">{label}</th>
              {FACTOR_IDS.map((f) => (
                <td key={f} class="cmp-cell">
                  {cell(f)}
                </td>
              ))}
              <td class="no-print" />
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
});
