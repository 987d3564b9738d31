/**
 * /profil/: the readiness profile of one assessment (default: the active one), optionally
 * compared with an earlier one. Leads with what to do next, then strengths, unknowns, the
 * charts (radar and sorted bars, each with its table) and the next step for every factor.
 */
import { afterYield } from '../kit/afterYield';
import { store } from '../../lib/storage';
import { buildReport, assessmentLabel, type ReportFactor, type ReportModelSource } from '../../lib/report';
import { historyOf } from '../../lib/history';
import { summarize } from '../../lib/summary';
import { summarySentences } from '../../i18n/sv/summary';
import { radarSeries, seriesFor, sortedBarSeries } from '../../lib/chart-data';
import { RadarChart, BarChart } from '../charts/Chart';
import { chapterHref, selectionHref, useAssessments, useSelection } from '../kit/useAssessments';
import {
  chartSummary,
  Distribution,
  EmptyState,
  FollowUpTable,
  StoredSelection,
  stateLabel,
  StorageNotice,
} from '../kit/profile-parts';
import { HistoryTable } from './HistoryTable';
import { t } from '../../i18n/sv';

const s = t.profile;
const words = { unknown: s.unknown, unanswered: s.unanswered };

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
          <span class="step__source">
            {f.nextStepSource === 'own' ? s.profile.ownStep : f.nextStepSource === 'model' ? s.profile.modelStep : ''}
          </span>
          {f.nextStepSource === 'own' || f.nextStepSource === 'model' ? ': ' : ''}
          {f.nextStep}
        </p>
      )}
    </li>
  );
}

function ProfileView({ model }: { model: ReportModelSource }) {
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
  const history = historyOf(current, loaded.list);
  const p = s.profile;
  return (
    <div class="profile" data-assessment-id={current.id}>
      <StoredSelection idPrefix="profil" loaded={loaded} sel={sel} current={current} earlier={earlier} />

      <section class="profile-summary" aria-labelledby="profil-sammanfattning">
        <h2 id="profil-sammanfattning">
          {p.summaryHeading}: {current.organisation}
        </h2>
        <p class="profile-summary__sub">
          {assessmentLabel(current)} · {s.kind[current.kind]} · {p.modelVersion(current.modelVersion)}
        </p>
        <div class="profile-summary__words" data-testid="summary">
          {summarySentences(summarize(report)).map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
        <Distribution report={report} model={model} id="profil-fordelning" />
      </section>

      <section aria-labelledby="profil-nasta">
        <h2 id="profil-nasta">{p.nextHeading}</h2>
        {report.priorities.length ? (
          <>
            <p>{report.allEqual ? p.allEqual(report.priorities[0]!.levelName ?? '') : p.nextIntro}</p>
            <ol class="steps" data-testid="priorities">
              {report.priorities.map((f) => (
                <FactorStep key={f.id} f={f} />
              ))}
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
              {report.unknowns.map((f) => (
                <FactorStep key={f.id} f={f} showLevel={false} />
              ))}
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
        <RadarChart
          id="profil-radar"
          title={p.radarTitle}
          summary={chartSummary(report)}
          labels={radar.labels}
          datasets={radar.datasets}
        />
        <BarChart id="profil-stapel" title={p.barTitle} summary={s.summary.bar} labels={bar.labels} datasets={bar.datasets} />
      </div>

      {report.followUp && (
        <section aria-labelledby="profil-forandring">
          <h2 id="profil-forandring">{p.changeHeading}</h2>
          <FollowUpTable report={report} model={model} idPrefix="profil" />
        </section>
      )}

      {history && <HistoryTable history={history} model={model} />}

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
          {report.factors.map((f) => (
            <FactorStep key={f.id} f={f} />
          ))}
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

// Drawn after its code has run, the stored data read in a task of its own (kit/afterYield.tsx).
export default afterYield(ProfileView, () => store.list());
