/**
 * Parts shared by the profile (/profil/) and the report (/rapport/) islands: notices, the
 * selection of an assessment and of an earlier one to follow up against, the follow-up table
 * and the texts of a factor's state and of the charts.
 */
import type { Assessment } from '../../lib/schema';
import {
  assessmentLabel,
  followUpCandidates,
  type ReportFactor,
  type ReportModel,
  type ReportModelSource,
} from '../../lib/report';
import type { StorageStatus } from '../../lib/storage';
import { stateText } from '../../lib/chart-data';
import { EmptyState, StorageNotice } from './profile-notices';
import { Field } from './Field';
import { t } from '../../i18n/sv';
import { ColumnHeads, DataTable } from './TableRegion';
import { compareIso } from '../../lib/dates';

const s = t.profile;

// The empty state and the storage notice are their own small module (the report's first view).
export { EmptyState, StorageNotice };

function AssessmentOptions({ list }: { list: Assessment[] }) {
  return (
    <>
      {list.map((a) => (
        <option key={a.id} value={a.id}>
          {assessmentLabel(a)}
        </option>
      ))}
    </>
  );
}

/**
 * What /profil/ and /rapport/ show above their content: the storage notice, then the assessment
 * to show and the earlier one to follow up against.
 */
export function StoredSelection(p: {
  idPrefix: string;
  loaded: { status: StorageStatus; list: Assessment[] };
  sel: { select: (id: string) => void; selectEarlier: (id: string | null) => void };
  current: Assessment;
  earlier: Assessment | undefined;
}) {
  return (
    <>
      <StorageNotice status={p.loaded.status} />
      <SelectionControls
        idPrefix={p.idPrefix}
        list={p.loaded.list}
        current={p.current}
        earlier={p.earlier}
        onSelect={p.sel.select}
        onSelectEarlier={p.sel.selectEarlier}
      />
    </>
  );
}

/** The assessment to show and the earlier one to follow up against (the ?id=&jamfor= selection). */
function SelectionControls(props: {
  idPrefix: string;
  list: Assessment[];
  current: Assessment;
  earlier: Assessment | undefined;
  onSelect: (id: string) => void;
  onSelectEarlier: (id: string | null) => void;
}) {
  const { idPrefix, list, current, earlier, onSelect, onSelectEarlier } = props;
  const sorted = [...list].sort((a, b) => compareIso(b.createdAt, a.createdAt));
  const candidates = followUpCandidates(current, list);
  return (
    <div class="selection no-print">
      <Field id={`${idPrefix}-val`} label={s.profile.choose}>
        <select value={current.id} onChange={(e) => onSelect((e.currentTarget as HTMLSelectElement).value)}>
          <AssessmentOptions list={sorted} />
        </select>
      </Field>
      <Field id={`${idPrefix}-jamfor`} label={s.profile.followUpSelect}>
        <select
          value={earlier?.id ?? ''}
          disabled={candidates.length === 0}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            onSelectEarlier(v || null);
          }}
        >
          <option value="">{s.profile.followUpNone}</option>
          <AssessmentOptions list={candidates} />
        </select>
      </Field>
    </div>
  );
}

/** "2 Under utveckling", "Vet ej" or "Inte besvarad" for a factor's state. */
export function stateName(state: ReportFactor['state'], model: Pick<ReportModelSource, 'scale'>): string {
  return stateText({ state }, model, { unknown: s.unknown, unanswered: s.unanswered });
}

export function stateLabel(f: ReportFactor): string {
  if (f.state.kind === 'level') return s.levelText(f.state.level, f.levelName ?? '');
  return f.state.kind === 'vet-ej' ? s.unknown : s.unanswered;
}

function changeText(delta: number | null): string {
  if (delta === null) return s.change.notComparable;
  if (delta > 0) return s.change.up(delta);
  if (delta < 0) return s.change.down(-delta);
  return s.change.same;
}

/** What the report's parts are drawn from: the report and the level scale. */
type ReportPartProps = { report: ReportModel; model: Pick<ReportModelSource, 'scale'> };

/** The change since the earlier assessment, factor by factor (a follow-up). */
export function FollowUpTable({ report, model, idPrefix }: ReportPartProps & { idPrefix: string }) {
  const c = report.followUp;
  if (!c) return null;
  const stateOf = (st: ReportFactor['state']) => stateName(st, model);
  return (
    <div class="comparison">
      {!c.sameOrganisation && <p class="notice notice--warn">{s.profile.otherOrganisation}</p>}
      {!c.sameModelVersion && (
        <p class="notice notice--warn">{s.profile.otherModel(c.earlier.modelVersion, report.modelVersion)}</p>
      )}
      <p>{s.change.counts(c.up, c.down, c.same, c.notComparable)}</p>
      <DataTable
        label={s.profile.changeHeading}
        class="data-table"
        id={`${idPrefix}-change`}
        caption={s.profile.changeHeading}
        cols={[s.table.factor, s.change.beforeNamed(assessmentLabel(c.earlier)), s.change.now, s.change.change]}
      >
        {c.factors.map((f) => {
          const rf = report.factors[f.number - 1]!;
          return (
            <tr key={f.id} class={`change change--${f.change}`}>
              <th scope="row">
                {rf.number}. {rf.title}
              </th>
              <td>{stateOf(f.before)}</td>
              <td>{stateOf(f.after)}</td>
              <td>{changeText(f.delta)}</td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}

export function chartSummary(report: ReportModel): string {
  const c = report.followUp;
  return [
    s.summary.radar(report.organisation, report.scores.answered),
    s.summary.highLow(
      report.strengths.map((f) => f.shortLabel),
      report.priorities.map((f) => f.shortLabel),
    ),
    c ? s.summary.followUp(assessmentLabel(c.earlier)) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** How many factors are at each level, plus "Vet ej" and unanswered: never an average. */
export function Distribution({ report, model, id }: ReportPartProps & { id: string }) {
  const sc = report.scores;
  return (
    <div class="distribution print-keep">
      <table class="data-table distribution__table" id={id}>
        <caption>{s.profile.distribution}</caption>
        <ColumnHeads cols={[s.table.level, s.table.count]} />
        <tbody>
          {sc.distribution.map((n, level) => (
            <tr key={level}>
              <th scope="row">{s.levelText(level, model.scale.levels.find((l) => l.level === level)?.name ?? '')}</th>
              <td>{n}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{s.unknown}</th>
            <td>{sc.unknown}</td>
          </tr>
          <tr>
            <th scope="row">{s.unanswered}</th>
            <td>{sc.unanswered}</td>
          </tr>
        </tbody>
      </table>
      <p class="hint">
        {s.answeredOf(sc.answered)} {s.profile.distributionHelp}
      </p>
    </div>
  );
}
