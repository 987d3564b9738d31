/**
 * /profil/: the readiness profile of one assessment (default: the active one), optionally
 * compared with an earlier one. Leads with what to do next, then strengths, unknowns, the
 * charts (radar and sorted bars, each with its table) and the next step for every factor.
 */
import type { MaturityModel } from '../../lib/model';
import { buildReport, assessmentName, type ReportFactor, type ReportModel } from '../../lib/report';
import { radarSeries, sortedBarSeries, type SeriesInput } from '../../lib/chart-data';
import { scoreAssessment } from '../../lib/scoring';
import { RadarChart, BarChart } from '../charts/Chart';
import { chapterHref, selectionHref, useAssessments, useSelection } from './useAssessments';
import { EmptyState, SelectionControls, StorageNotice } from './parts';
import { t } from '../../i18n/sv';

const s = t.profile;
const words = { unknown: s.unknown, unanswered: s.unanswered };

export function stateLabel(f: ReportFactor): string {
  if (f.state.kind === 'level') return s.levelText(f.state.level, f.levelName ?? '');
  return f.state.kind === 'vet-ej' ? s.unknown : s.unanswered;
}

function FactorStep({ f, showLevel = true }: { f: ReportFactor; showLevel?: boolean }) {
  return (
    <li class="step">
      <p class="step__title">
        <a href={chapterHref(f.chapter)}>
          {f.number}. {f.title}
        </a>
        {showLevel && <span class="step__level">{stateLabel(f)}</span>}
      </p>
      {f.nextStep && (
        <p class="step__text">
          <span class="step__source">{f.nextStepSource === 'own' ? s.profile.ownStep : f.nextStepSource === 'model' ? s.profile.modelStep : ''}</span>
          {f.nextStepSource === 'own' || f.nextStepSource === 'model' ? ': ' : ''}
          {f.nextStep}
        </p>
      )}
    </li>
  );
}

function changeText(delta: number | null): string {
  if (delta === null) return s.change.notComparable;
  if (delta > 0) return s.change.up(delta);
  if (delta < 0) return s.change.down(-delta);
  return s.change.same;
}

export function ComparisonTable({ report, model, idPrefix }: { report: ReportModel; model: MaturityModel; idPrefix: string }) {
  const c = report.comparison;
  if (!c) return null;
  const stateOf = (st: ReportFactor['state']) =>
    st.kind === 'level'
      ? s.levelText(st.level, model.scale.levels.find((l) => l.level === st.level)?.name ?? '')
      : st.kind === 'vet-ej'
        ? s.unknown
        : s.unanswered;
  return (
    <div class="comparison">
      {!c.sameOrganisation && <p class="notice notice--warn">{s.profile.otherOrganisation}</p>}
      {!c.sameModelVersion && <p class="notice notice--warn">{s.profile.otherModel}</p>}
      <p>
        {s.change.index(c.indexBefore, c.indexAfter)} {s.change.counts(c.up, c.down, c.same, c.notComparable)}
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={s.profile.changeHeading}>
        <table class="data-table" id={`${idPrefix}-change`}>
          <caption>{s.profile.changeHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{s.table.factor}</th>
              <th scope="col">{s.change.beforeNamed(assessmentName(c.earlier))}</th>
              <th scope="col">{s.change.now}</th>
              <th scope="col">{s.change.change}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Chart series for the current (solid) and the earlier (dashed) assessment. */
export function seriesFor(report: ReportModel, current: { title: string; organisation: string; createdAt: string }, earlier?: { answers: Parameters<typeof scoreAssessment>[0]['answers']; title: string; organisation: string; createdAt: string }): SeriesInput[] {
  const list: SeriesInput[] = [{ name: assessmentName(current), scores: report.scores, dash: 'solid' }];
  if (earlier) list.push({ name: assessmentName(earlier), scores: scoreAssessment(earlier), dash: 'dashed' });
  return list;
}

export function chartSummary(report: ReportModel): string {
  const c = report.comparison;
  return [
    s.summary.radar(report.organisation, report.scores.index, report.scores.answered),
    s.summary.highLow(
      report.strengths.map((f) => f.shortLabel),
      report.priorities.map((f) => f.shortLabel),
    ),
    c ? s.summary.comparison(assessmentName(c.earlier), c.indexChange) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export default function ProfileView({ model }: { model: MaturityModel }) {
  const loaded = useAssessments();
  const sel = useSelection(loaded);
  const { current, earlier } = sel;
  if (!current) {
    return (
      <>
        <StorageNotice status={loaded.status} />
        <EmptyState />
      </>
    );
  }
  const report = buildReport(current, model, { gapStep: s.profile.gapStep }, earlier);
  const series = seriesFor(report, current, earlier);
  const radar = radarSeries(series, model, words);
  const bar = sortedBarSeries(series, model, words);
  const p = s.profile;
  return (
    <div class="profile" data-assessment-id={current.id}>
      <StorageNotice status={loaded.status} />
      <SelectionControls
        idPrefix="profil"
        list={loaded.list}
        current={current}
        earlier={earlier}
        onSelect={sel.select}
        onSelectEarlier={sel.selectEarlier}
      />

      <section class="profile-summary" aria-labelledby="profil-sammanfattning">
        <h2 id="profil-sammanfattning">
          {p.summaryHeading}: {current.organisation}
        </h2>
        <p class="profile-summary__sub">
          {assessmentName(current)} · {s.kind[current.kind]}
        </p>
        <dl class="key-figures">
          <div>
            <dt>{p.index}</dt>
            <dd data-testid="index">{report.scores.index === null ? s.noStage : s.indexOf(report.scores.index)}</dd>
          </div>
          <div>
            <dt>{p.stage}</dt>
            <dd data-testid="stage">{report.stage ?? s.noStage}</dd>
          </div>
        </dl>
        <p class="hint">
          {s.answeredOf(report.scores.answered)} {p.indexHelp}
        </p>
      </section>

      <section aria-labelledby="profil-nasta">
        <h2 id="profil-nasta">{p.nextHeading}</h2>
        {report.priorities.length ? (
          <>
            <p>{report.allEqual ? p.allEqual(report.priorities[0]!.levelName ?? '') : p.nextIntro}</p>
            <ol class="steps" data-testid="priorities">
              {report.priorities.map((f) => <FactorStep key={f.id} f={f} />)}
            </ol>
          </>
        ) : (
          <p>{p.nextNone}</p>
        )}
        {report.unknowns.length > 0 && (
          <>
            <h3>{p.unknownsHeading}</h3>
            <p>{p.unknownsIntro}</p>
            <ul class="steps" data-testid="unknowns">
              {report.unknowns.map((f) => <FactorStep key={f.id} f={f} showLevel={false} />)}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="profil-styrkor">
        <h2 id="profil-styrkor">{p.strengthsHeading}</h2>
        {report.strengths.length ? (
          <ol class="steps steps--plain" data-testid="strengths">
            {report.strengths.map((f) => (
              <li key={f.id} class="step">
                <p class="step__title">
                  <a href={chapterHref(f.chapter)}>
                    {f.number}. {f.title}
                  </a>
                  <span class="step__level">{stateLabel(f)}</span>
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p>{p.strengthsNone}</p>
        )}
      </section>

      <div class="profile-charts">
        <RadarChart id="profil-radar" title={p.radarTitle} summary={chartSummary(report)} labels={radar.labels} datasets={radar.datasets} />
        <BarChart id="profil-stapel" title={p.barTitle} summary={s.summary.bar} labels={bar.labels} datasets={bar.datasets} />
      </div>

      {report.comparison && (
        <section aria-labelledby="profil-forandring">
          <h2 id="profil-forandring">{p.changeHeading}</h2>
          <ComparisonTable report={report} model={model} idPrefix="profil" />
        </section>
      )}

      {report.unanswered.length > 0 && (
        <section aria-labelledby="profil-obesvarade">
          <h2 id="profil-obesvarade">{p.unansweredHeading}</h2>
          <ul>
            {report.unanswered.map((f) => (
              <li key={f.id}>
                <a href={chapterHref(f.chapter)}>
                  {f.number}. {f.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="profil-alla">
        <h2 id="profil-alla">{p.allHeading}</h2>
        <ol class="steps" data-testid="all-steps">
          {report.factors.map((f) => <FactorStep key={f.id} f={f} />)}
        </ol>
      </section>

      <p class="button-row no-print">
        <a class="button button--primary" href={selectionHref('rapport/', current, earlier)}>
          {p.toReport}
        </a>
        <a class="button" href={selectionHref('sjalvskattning/')}>
          {p.toAssessment}
        </a>
      </p>
    </div>
  );
}
