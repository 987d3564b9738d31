/**
 * /rapport/: the maturity report, made to be printed (A4) or saved as PDF. Everything shown
 * comes from the report model (src/lib/report.ts); user-typed text is rendered as text.
 * The action plan (ActionPlan.tsx) has real inputs saved with the assessment.
 */
import { useEffect } from 'preact/hooks';
import {
  assessmentName,
  buildReport,
  formatDate,
  type ReportFactor,
  type ReportModel,
  type ReportModelSource,
} from '../../lib/report';
import { radarSeries, seriesFor } from '../../lib/chart-data';
import { ActionPlan } from './ActionPlan';
import { RadarChart } from '../charts/Chart';
import { useAssessments, useSelection } from '../kit/useAssessments';
import { chartSummary, EmptyState, FollowUpTable, SelectionControls, stateLabel, StorageNotice } from '../kit/profile-parts';
import { t } from '../../i18n/sv';

const s = t.profile;
const r = s.report;

function TitleBlock({ report }: { report: ReportModel }) {
  const participantsLabel =
    report.participantsSource === 'workshop'
      ? r.participants
      : report.participantsSource === 'facilitator'
        ? r.facilitator
        : r.respondent;
  return (
    <header class="report__header">
      <p class="report__eyebrow">{r.title}</p>
      <h1 id="rapport-rubrik">{report.organisation}</h1>
      <dl class="facts">
        {report.title && (
          <>
            <dt>{r.assessmentTitle}</dt>
            <dd>{report.title}</dd>
          </>
        )}
        <dt>{r.date}</dt>
        <dd>
          {formatDate(report.createdAt)}
          {formatDate(report.updatedAt) !== formatDate(report.createdAt) &&
            ` (${r.updated.toLowerCase()} ${formatDate(report.updatedAt)})`}
        </dd>
        <dt>{r.kind}</dt>
        <dd>{s.kind[report.kind]}</dd>
        {report.participants.length > 0 && (
          <>
            <dt>{participantsLabel}</dt>
            <dd>
              {report.hideNames ? (
                <>
                  {r.participantsHidden(report.participants.length)}: {rolesSummary(report)}
                </>
              ) : (
                <ul>
                  {report.participants.map((p, i) => (
                    <li key={i}>{p.name ? `${p.name}, ${p.role.toLocaleLowerCase('sv')}` : p.role}</li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
        <dt>{r.modelVersion}</dt>
        <dd>{report.modelVersion}</dd>
      </dl>
    </header>
  );
}

/** "Skola 2, Polis 1" for hidden names. */
function rolesSummary(report: ReportModel): string {
  const counts = new Map<string, number>();
  for (const p of report.participants) counts.set(p.role, (counts.get(p.role) ?? 0) + 1);
  return [...counts].map(([role, n]) => `${role} ${n}`).join(', ');
}

function FactorList({ items, empty }: { items: ReportFactor[]; empty: string }) {
  if (!items.length) return <p>{empty}</p>;
  return (
    <ul>
      {items.map((f) => (
        <li key={f.id}>
          {f.number}. {f.title} – {stateLabel(f)}
        </li>
      ))}
    </ul>
  );
}

function Summary({ report }: { report: ReportModel }) {
  return (
    <section class="report-section print-keep" aria-labelledby="rapport-sammanfattning">
      <h2 id="rapport-sammanfattning">{r.summaryHeading}</h2>
      <dl class="key-figures">
        <div>
          <dt>{s.profile.index}</dt>
          <dd>{report.scores.index === null ? s.noStage : s.indexOf(report.scores.index)}</dd>
        </div>
        <div>
          <dt>{s.profile.stage}</dt>
          <dd>{report.stage ?? s.noStage}</dd>
        </div>
      </dl>
      <p class="hint">
        {s.answeredOf(report.scores.answered)} {s.profile.indexHelp}
      </p>
      <div class="summary-grid">
        <div>
          <h3>{r.priorities}</h3>
          <FactorList items={report.priorities} empty={r.none} />
        </div>
        <div>
          <h3>{r.strengths}</h3>
          <FactorList items={report.strengths} empty={r.none} />
        </div>
        <div>
          <h3>{r.unknowns}</h3>
          <FactorList items={report.unknowns} empty={r.none} />
        </div>
      </div>
    </section>
  );
}

function Disagreements({ report, model }: { report: ReportModel; model: ReportModelSource }) {
  const list = report.disagreements;
  if (list === null) return null;
  const name = (l: number) => model.scale.levels.find((x) => x.level === l)?.name ?? '';
  return (
    <section class="report-section" aria-labelledby="rapport-oenig">
      <h2 id="rapport-oenig">{r.disagreementHeading}</h2>
      {list.length === 0 ? (
        <p>{r.disagreementNone}</p>
      ) : (
        <>
          <p class="keep-with-next">{r.disagreementIntro}</p>
          {list.map((d) => (
            <div class="disagreement print-keep" key={d.id} data-factor={d.id}>
              <h3>
                {d.number}. {d.title}
              </h3>
              <dl>
                <dt>{r.spread}</dt>
                <dd>
                  {d.min !== null && d.max !== null ? `${r.spreadRange(d.min, d.max)}. ` : ''}
                  {[
                    ...d.counts.map((c, l) => (c > 0 ? `${s.levelText(l, name(l))}: ${c}` : '')),
                    d.unknown > 0 ? `${s.unknown}: ${d.unknown}` : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </dd>
                <dt>{r.agreed}</dt>
                <dd>
                  {d.agreed.kind === 'level'
                    ? s.levelText(d.agreed.level, d.agreedName ?? '')
                    : d.agreed.kind === 'vet-ej'
                      ? s.unknown
                      : s.unanswered}
                </dd>
                <dt>{r.resolution}</dt>
                <dd class="user-text">{d.resolution.trim() || r.resolutionNone}</dd>
              </dl>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

function FactorSections({ report }: { report: ReportModel }) {
  return (
    <section class="report-section report-factors" aria-labelledby="rapport-faktorer">
      <h2 id="rapport-faktorer">{r.factorsHeading}</h2>
      {report.factors.map((f) => (
        <section class="factor-section print-keep" key={f.id} aria-labelledby={`rapport-f-${f.number}`} data-factor={f.id}>
          <h3 id={`rapport-f-${f.number}`}>
            {f.number}. {f.title}
          </h3>
          <dl>
            <dt>{r.levelLabel}</dt>
            <dd>
              <strong>{stateLabel(f)}</strong>
              {f.levelDescription ? ` – ${f.levelDescription}` : ''}
            </dd>
            <dt>{r.evidence}</dt>
            <dd class="user-text">{f.evidence.trim() || r.evidenceNone}</dd>
            {f.notes.trim() && (
              <>
                <dt>{r.notes}</dt>
                <dd class="user-text">{f.notes}</dd>
              </>
            )}
            {f.nextStep && (
              <>
                <dt>{r.nextStep}</dt>
                <dd class="user-text">{f.nextStep}</dd>
              </>
            )}
          </dl>
        </section>
      ))}
    </section>
  );
}

export default function ReportView({ model }: { model: ReportModelSource }) {
  const loaded = useAssessments();
  const sel = useSelection(loaded);
  const { current, earlier } = sel;
  useEffect(() => {
    document.title = current ? `${r.docTitle(current.organisation)} – ${t.common.siteName}` : `${r.title} – ${t.common.siteName}`;
  }, [current?.organisation]);
  if (!current) {
    return (
      <>
        <h1>{r.title}</h1>
        <StorageNotice status={loaded.status} />
        <EmptyState />
      </>
    );
  }
  const report = buildReport(current, model, { gapStep: s.profile.gapStep }, earlier);
  const radar = radarSeries(seriesFor(report, current, earlier), model, { unknown: s.unknown, unanswered: s.unanswered });
  return (
    <>
      <div class="report-controls no-print">
        <p class="lead">{r.intro}</p>
        <StorageNotice status={loaded.status} />
        <SelectionControls
          idPrefix="rapport"
          list={loaded.list}
          current={current}
          earlier={earlier}
          onSelect={sel.select}
          onSelectEarlier={sel.selectEarlier}
        />
        <p>
          <button type="button" class="button button--primary" onClick={() => window.print()}>
            {r.print}
          </button>
        </p>
      </div>
      <article class="report" aria-labelledby="rapport-rubrik" data-assessment-id={current.id}>
        <TitleBlock report={report} />
        <Summary report={report} />
        <ActionPlan report={report} assessment={current} />
        <section class="report-section report-profile" aria-labelledby="rapport-profil">
          <h2 id="rapport-profil">{r.profileHeading}</h2>
          <RadarChart
            id="rapport-radar"
            title={s.profile.radarTitle}
            summary={chartSummary(report)}
            labels={radar.labels}
            datasets={radar.datasets}
          />
        </section>
        {report.followUp && (
          <section class="report-section" aria-labelledby="rapport-jamforelse">
            <h2 id="rapport-jamforelse">{r.followUpHeading}</h2>
            <p>{r.followUpAgainst(assessmentName(report.followUp.earlier))}</p>
            <FollowUpTable report={report} model={model} idPrefix="rapport" />
          </section>
        )}
        <Disagreements report={report} model={model} />
        <FactorSections report={report} />
      </article>
    </>
  );
}
