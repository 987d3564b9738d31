/**
 * /jamfor/: a county coordinator loads several municipalities' group assessments (files or
 * assessments stored in this browser) and sees them factor by factor: a heatmap table with the
 * numbers written in, median and spread per factor, sorting by one factor at a time, a radar
 * overlay of up to five chosen municipalities, and a CSV download. No totals, no ranking.
 * Loaded assessments are kept in sessionStorage (a reload keeps them; closing the tab forgets).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatLevel, isLevel } from '../../lib/aggregate';
import { countyMatrix, rowLabels, sortRows, tableCells, type CountyRow, type SortDir, type SortKey } from '../../lib/county-comparison';
import { toCsv } from '../../lib/csv';
import { FACTOR_IDS, type FactorId } from '../../lib/factors';
import type { Assessment, LevelValue } from '../../lib/schema';
import { store } from '../../lib/storage';
import { t } from '../../i18n/sv';
import { RadarChart } from '../charts/Chart';
import type { DashStyle } from '../charts/types';
import { readFiles } from '../workshop/files';
import { FileDrop, FileProblems, type FileProblem as Problem } from '../workshop/FileDrop';
import { entryKey, readSession, writeSession, type Entry } from '../workshop/session';
import { memo } from '../workshop/memo';
import type { ModelProps } from '../workshop/types';

const s = t.workshop.compare;
/** Choices and the loaded assessments in separate keys: sorting never re-serialises the list. */
const SESSION_KEY = 'tsi-boken:compare-session';
const ENTRIES_KEY = 'tsi-boken:compare-assessments';
const MAX_CHART = 5;
const MAX_ROWS = 5000;
const DASHES: DashStyle[] = ['solid', 'dashed', 'dotted', 'dashdot', 'longdash'];

interface SessionState {
  entries: Entry[];
  sortKey: SortKey;
  sortDir: SortDir;
  chosen: string[];
}

function cellText(v: LevelValue): string {
  return isLevel(v) ? String(v) : v === 'vet-ej' ? s.unknown : s.missing;
}

export default function Compare(props: ModelProps) {
  const session = useMemo(() => {
    const small = readSession<SessionState>(SESSION_KEY);
    return small ? { ...small, entries: readSession<SessionState>(ENTRIES_KEY)?.entries ?? [] } : null;
  }, []);
  const [entries, setEntries] = useState<Entry[]>(session?.entries ?? []);
  const [sortKey, setSortKey] = useState<SortKey>(session?.sortKey ?? 'organisation');
  const [sortDir, setSortDir] = useState<SortDir>(session?.sortDir ?? 'ascending');
  const [chosen, setChosen] = useState<string[]>(session?.chosen ?? []);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');
  const [chartMsg, setChartMsg] = useState('');
  const [stored, setStored] = useState<Assessment[]>(() => store.list());
  const [picked, setPicked] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  // The latest list, for loads that finish after other changes (files are read asynchronously).
  const entriesRef = useRef(entries);
  entriesRef.current = entries;

  useEffect(() => {
    writeSession(SESSION_KEY, { entries: [], sortKey, sortDir, chosen });
  }, [sortKey, sortDir, chosen]);
  useEffect(() => {
    writeSession(ENTRIES_KEY, { entries });
  }, [entries]);
  // Assessments saved in another tab (or by this page's neighbours) appear in the list.
  useEffect(() => store.subscribe(() => setStored(store.list())), []);

  function add(items: { file: string; a: Assessment }[], probs: Problem[]) {
    const list = [...entriesRef.current];
    const ids = new Set(list.map((e) => e.a.id));
    let added = 0;
    for (const it of items) {
      if (ids.has(it.a.id)) {
        probs.push({ name: it.file, reason: s.alreadyLoaded(it.a.organisation) });
        continue;
      }
      if (list.length >= MAX_ROWS) break;
      ids.add(it.a.id);
      list.push({ key: entryKey(), file: it.file, a: it.a });
      added++;
    }
    entriesRef.current = list;
    setEntries(list);
    setProblems(probs);
    setStatus(
      [s.loaded(added), probs.length ? t.workshop.load.problemsHeading(probs.length) + '.' : ''].filter(Boolean).join(' '),
    );
  }

  async function loadFiles(files: File[]) {
    if (!files.length) return;
    setStatus(t.workshop.load.reading);
    const outcomes = await readFiles(files, (id) => props.factors.find((f) => f.id === id)?.title);
    const probs: Problem[] = [];
    const items: { file: string; a: Assessment }[] = [];
    for (const o of outcomes) {
      if (o.ok) for (const a of o.assessments) items.push({ file: o.name, a });
      else probs.push({ name: o.name, reason: o.reason });
    }
    add(items, probs);
    if (fileInput.current) fileInput.current.value = '';
  }

  const matrix = useMemo(() => countyMatrix(entries.map((e) => e.a)), [entries]);
  const labels = useMemo(() => rowLabels(matrix.rows), [matrix]);
  const rows = useMemo(() => sortRows(matrix.rows, sortKey, sortDir), [matrix, sortKey, sortDir]);
  const factorLabel = (f: FactorId) => {
    const fm = props.factors.find((x) => x.id === f)!;
    return `${fm.number}. ${fm.shortLabel}`;
  };

  function sortBy(key: SortKey) {
    const dir: SortDir = key === sortKey ? (sortDir === 'ascending' ? 'descending' : 'ascending') : key === 'organisation' ? 'ascending' : 'descending';
    setSortKey(key);
    setSortDir(dir);
    setStatus(s.sorted(key === 'organisation' ? s.colName : factorLabel(key), dir === 'ascending' ? s.asc : s.desc));
  }

  /** Returns false when refused (already five in the chart). */
  function toggleChosen(id: string, on: boolean): boolean {
    if (on && chosen.length >= MAX_CHART) {
      setChartMsg(s.chartMax);
      return false;
    }
    setChartMsg('');
    setChosen(on ? [...chosen, id] : chosen.filter((c) => c !== id));
    return true;
  }

  function remove(id: string) {
    setEntries(entries.filter((e) => e.a.id !== id));
    setChosen(chosen.filter((c) => c !== id));
  }

  function downloadCsv() {
    const factorLabels = Object.fromEntries(FACTOR_IDS.map((f) => [f, factorLabel(f)])) as Record<FactorId, string>;
    const csv = toCsv(
      tableCells(rows, matrix.factors, factorLabels, { name: s.csvName, title: s.csvTitle, date: s.csvDate, unknown: s.unknown, median: s.median, min: t.workshop.view.min, max: t.workshop.view.max }),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = s.csvFile;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // Stable handlers, so that the 290-row table re-renders only when its data changes.
  const handlers = useRef({ sortBy, toggleChosen, remove });
  handlers.current = { sortBy, toggleChosen, remove };
  const onSort = useCallback((k: SortKey) => handlers.current.sortBy(k), []);
  const onChoose = useCallback((id: string, on: boolean) => handlers.current.toggleChosen(id, on), []);
  const onRemove = useCallback((id: string) => handlers.current.remove(id), []);

  const chosenRows = matrix.rows.filter((r) => chosen.includes(r.id));
  const storedNotLoaded = stored.filter((a) => !entries.some((e) => e.a.id === a.id));

  return (
    <div class="cmp" data-pagefind-ignore="all">
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <section aria-labelledby="cmp-load-h" class="no-print">
        <h2 id="cmp-load-h">{s.loadHeading}</h2>
        <FileDrop id="cmp-files" label={s.fileLabel} hint={`${s.fileHint} ${s.privacy}`} inputRef={fileInput} onFiles={(files) => void loadFiles(files)} />
        <p class="hint">{s.sessionNote}</p>
        {status && (
          <p class="notice notice--ok" aria-hidden="true">
            {status}
          </p>
        )}
        <FileProblems problems={problems} />
        <form
          class="cmp-stored"
          onSubmit={(e) => {
            e.preventDefault();
            const items = stored.filter((a) => picked.includes(a.id)).map((a) => ({ file: a.organisation, a }));
            add(items, []);
            setPicked([]);
          }}
        >
          <fieldset>
            <legend>{s.storedHeading}</legend>
            {storedNotLoaded.length === 0 ? (
              <p>{s.storedNone}</p>
            ) : (
              <ul>
                {storedNotLoaded.map((a) => (
                  <li key={a.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={picked.includes(a.id)}
                        onChange={(e) => setPicked(e.currentTarget.checked ? [...picked, a.id] : picked.filter((p) => p !== a.id))}
                      />{' '}
                      {a.organisation}
                      {a.title ? ` – ${a.title}` : ''} ({a.createdAt.slice(0, 10)}, {a.kind === 'consensus' ? s.kindGroup : s.kindIndividual})
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {storedNotLoaded.length > 0 && (
              <button type="submit" class="button" disabled={picked.length === 0}>
                {s.storedAdd}
              </button>
            )}
          </fieldset>
        </form>
      </section>

      <section aria-labelledby="cmp-table-h">
        <h2 id="cmp-table-h">{s.tableHeading}</h2>
        {entries.length === 0 ? (
          <p>{s.empty}</p>
        ) : (
          <>
            <p>{s.heatNote}</p>
            <ul class="cmp-scale" aria-hidden="true">
              {props.levelNames.map((n, i) => (
                <li class={`cmp-l${i}`} key={i}>
                  {i} {n}
                </li>
              ))}
            </ul>
            <div class="button-row no-print">
              <button type="button" class="button button--primary" onClick={downloadCsv}>
                {s.csv}
              </button>
              <button type="button" class="button" onClick={() => window.print()}>
                {s.print}
              </button>
              <button
                type="button"
                class="button button--danger"
                onClick={() => {
                  setEntries([]);
                  setChosen([]);
                  setStored(store.list());
                }}
              >
                {s.removeAll}
              </button>
            </div>
            <p class="hint no-print">{s.csvHint}</p>
            {chartMsg && (
              <p class="notice notice--warn no-print" role="alert">
                {chartMsg}
              </p>
            )}
            <HeatTable
              rows={rows}
              labels={labels}
              factors={props.factors}
              stats={matrix.factors}
              sortKey={sortKey}
              sortDir={sortDir}
              chosen={chosen}
              onSort={onSort}
              onChoose={onChoose}
              onRemove={onRemove}
            />
          </>
        )}
      </section>

      {entries.length > 0 && (
        <section aria-labelledby="cmp-chart-h" class="cmp-chart">
          <h2 id="cmp-chart-h">{s.chartHeading}</h2>
          <p class="no-print">{s.chartHint}</p>
          {chosenRows.length === 0 ? (
            <p>{s.chartEmpty}</p>
          ) : (
            <RadarChart
              id="jamfor-radar"
              title={s.chartTitle}
              summary={s.chartSummary(chosenRows.map((r) => labels.get(r.id) ?? r.organisation).join(', '))}
              labels={props.factors.map((f) => `${f.number}. ${f.shortLabel}`)}
              datasets={chosenRows.map((r, i) => ({
                name: labels.get(r.id) ?? r.organisation,
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
      )}
    </div>
  );
}

interface HeatProps {
  rows: CountyRow[];
  labels: Map<string, string>;
  factors: ModelProps['factors'];
  stats: ReturnType<typeof countyMatrix>['factors'];
  sortKey: SortKey;
  sortDir: SortDir;
  chosen: string[];
  onSort: (k: SortKey) => void;
  onChoose: (id: string, on: boolean) => boolean;
  onRemove: (id: string) => void;
}

function SortHeader({ k, label, sortKey, sortDir, onSort }: { k: SortKey; label: string; sortKey: SortKey; sortDir: SortDir; onSort: (k: SortKey) => void }) {
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

const HeatTable = memo(function HeatTable(p: HeatProps) {
  return (
    <div class="table-scroll">
      <table class="cmp-table">
        <caption>{s.tableCaption}</caption>
        <colgroup>
          <col class="cmp-col-show no-print" />
          <col class="cmp-col-name" />
          {p.factors.map((f) => (
            <col key={f.id} />
          ))}
          <col class="cmp-col-action no-print" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" class="no-print">
              {s.colShow}
            </th>
            <SortHeader k="organisation" label={s.colName} sortKey={p.sortKey} sortDir={p.sortDir} onSort={p.onSort} />
            {p.factors.map((f) => (
              <SortHeader key={f.id} k={f.id} label={`${f.number}. ${f.shortLabel}`} sortKey={p.sortKey} sortDir={p.sortDir} onSort={p.onSort} />
            ))}
            <th scope="col" class="no-print">
              <span class="visually-hidden">{t.workshop.participants.colActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => {
            const label = p.labels.get(r.id) ?? r.organisation;
            return (
              <tr key={r.id}>
                <td class="cmp-show no-print">
                  <input type="checkbox" aria-label={s.showIn(label)} checked={p.chosen.includes(r.id)} onChange={(e) => {
                      // A refused choice leaves the table's props unchanged, so reset the box here.
                      if (!p.onChoose(r.id, e.currentTarget.checked)) e.currentTarget.checked = false;
                    }}
                  />
                </td>
                <th scope="row">{label}</th>
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
                    {t.workshop.participants.removeShort}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td class="no-print" />
            <th scope="row">{s.median}</th>
            {FACTOR_IDS.map((f) => (
              <td key={f} class="cmp-cell">
                {formatLevel(p.stats[f].median)}
              </td>
            ))}
            <td class="no-print" />
          </tr>
          <tr>
            <td class="no-print" />
            <th scope="row">{s.spread}</th>
            {FACTOR_IDS.map((f) => (
              <td key={f} class="cmp-cell">
                {p.stats[f].min === null ? '–' : `${p.stats[f].min}–${p.stats[f].max}`}
              </td>
            ))}
            <td class="no-print" />
          </tr>
          <tr>
            <td class="no-print" />
            <th scope="row">{s.count}</th>
            {FACTOR_IDS.map((f) => (
              <td key={f} class="cmp-cell">
                {p.stats[f].answered}
              </td>
            ))}
            <td class="no-print" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
});
