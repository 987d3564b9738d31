/**
 * The report's sections that only show data (ReportView.tsx puts them in order): the title
 * block with the decision, the summary in words with the scale legend, the disagreement table,
 * what became of the previous plan, and factor by factor. Empty fields are left out.
 */
import { assessmentLabel, formatDate, type ReportFactor, type ReportModel, type ReportModelSource } from '../../lib/report';
import { summarize } from '../../lib/summary';
import { statusCounts } from '../../lib/follow-up';
import { Distribution, FollowUpTable, stateLabel, stateName } from '../kit/profile-parts';
import { statusName, summarySentences } from '../../i18n/sv/report';
import { t } from '../../i18n/sv';
import { DataTable } from '../kit/TableRegion';

const s = t.profile;
const r = t.report;

/** "Skola 2, Polis 1" for hidden names. */
function rolesSummary(report: ReportModel): string {
  const counts = new Map<string, number>();
  for (const p of report.participants) counts.set(p.role, (counts.get(p.role) ?? 0) + 1);
  return [...counts].map(([role, n]) => `${role} ${n}`).join(', ');
}

export function TitleBlock({ report }: { report: ReportModel }) {
  const participantsLabel =
    report.participantsSource === 'workshop'
      ? r.participants
      : report.participantsSource === 'facilitator'
        ? r.facilitator
        : r.respondent;
  const d = report.decision;
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
        {d?.by.trim() && (
          <>
            <dt>{r.decisionBy}</dt>
            <dd>{d.by}</dd>
          </>
        )}
        {d?.date && (
          <>
            <dt>{r.decisionDate}</dt>
            <dd>{d.date}</dd>
          </>
        )}
        {d?.reference.trim() && (
          <>
            <dt>{r.decisionReference}</dt>
            <dd>{d.reference}</dd>
          </>
        )}
      </dl>
    </header>
  );
}

function FactorList({ items }: { items: ReportFactor[] }) {
  if (!items.length) return <p>{r.none}</p>;
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

export function Summary({ report, model }: { report: ReportModel; model: ReportModelSource }) {
  return (
    <section class="report-section report-summary" aria-labelledby="rapport-sammanfattning">
      <h2 id="rapport-sammanfattning">{r.summaryHeading}</h2>
      <div class="report-summary__words" data-testid="summary">
        {summarySentences(summarize(report)).map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <div class="report-summary__grid">
        <div class="report-legend print-keep">
          <h3 id="rapport-skala">{r.legendHeading}</h3>
          <p>{r.legendIntro}</p>
          <dl class="legend-list" aria-labelledby="rapport-skala">
            {model.scale.levels.map((l) => (
              <div key={l.level}>
                <dt>{s.levelText(l.level, l.name)}</dt>
                {l.summary && <dd>{l.summary}</dd>}
              </div>
            ))}
          </dl>
        </div>
        <Distribution report={report} model={model} id="rapport-fordelning" />
      </div>
      <div class="summary-grid print-keep">
        <div>
          <h3>{r.priorities}</h3>
          <FactorList items={report.priorities} />
        </div>
        <div>
          <h3>{r.strengths}</h3>
          <FactorList items={report.strengths} />
        </div>
        <div>
          <h3>{r.unknowns}</h3>
          <FactorList items={report.unknowns} />
        </div>
      </div>
    </section>
  );
}

export function Disagreements({ report, model }: { report: ReportModel; model: ReportModelSource }) {
  const list = report.disagreements;
  if (list === null) return null;
  return (
    <section class="report-section" aria-labelledby="rapport-oenig">
      <h2 id="rapport-oenig">{r.disagreementHeading}</h2>
      {list.length === 0 ? (
        <p>{r.disagreementNone}</p>
      ) : (
        <>
          <p class="keep-with-next">{r.disagreementIntro}</p>
          <DataTable
            labelledBy="rapport-oenig"
            class="data-table disagreement-table"
            caption={r.disagreementHeading}
            captionHidden
            cols={[s.table.factor, r.lowest, r.highest, r.agreed, r.resolution]}
          >
            {list.map((d) => (
              <tr key={d.id} data-factor={d.id}>
                <th scope="row">
                  {d.number}. {d.title}
                </th>
                <td>{d.min ?? '–'}</td>
                <td>{d.max ?? '–'}</td>
                <td>{stateName(d.agreed, model)}</td>
                <td class="user-text">{d.resolution.trim()}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}

/**
 * "Sedan förra skattningen": each factor before → after (with an earlier assessment chosen),
 * and what became of each step of the previous plan (a follow-up).
 */
export function SinceLast({ report, model }: { report: ReportModel; model: ReportModelSource }) {
  const loop = report.loop;
  if (!loop && !report.followUp) return null;
  const c = loop ? statusCounts(loop.rows) : null;
  return (
    <section class="report-section report-since" aria-labelledby="rapport-sedan">
      <h2 id="rapport-sedan">{r.loopHeading}</h2>
      {report.followUp && (
        <>
          <p class="keep-with-next">{r.followUpAgainst(assessmentLabel(report.followUp.earlier))}</p>
          <FollowUpTable report={report} model={model} idPrefix="rapport" />
        </>
      )}
      {loop && c && <LoopTable loop={loop} counts={c} />}
    </section>
  );
}

function LoopTable({ loop, counts: c }: { loop: NonNullable<ReportModel['loop']>; counts: ReturnType<typeof statusCounts> }) {
  return (
    <>
      <h3 id="rapport-sedan-plan">{r.loopPlanHeading}</h3>
      <p class="keep-with-next">
        {r.loopIntro(formatDate(loop.previousDate))}{' '}
        {loop.rows.length ? r.loopCounts(c.genomfort, c.pagar, c['inte-paborjat'], c.struket) : r.loopEmpty}
      </p>
      {loop.rows.length > 0 && (
        <DataTable
          labelledBy="rapport-sedan-plan"
          class="data-table loop-table"
          id="rapport-sedan-tabell"
          caption={r.loopHeading}
          captionHidden
          cols={[s.table.factor, r.loopStep, r.owner, r.due, r.status]}
        >
          {loop.rows.map((row) => (
            <tr key={row.factor.id} data-factor={row.factor.id}>
              <th scope="row">
                {row.factor.number}. {row.factor.title}
              </th>
              <td class="user-text">{row.step}</td>
              <td>{row.owner}</td>
              <td class="plan-value--date">{row.due}</td>
              <td>
                <strong>{statusName[row.status]}</strong>
                {row.comment.trim() && <span class="loop-table__comment user-text">{row.comment}</span>}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

export function FactorSections({ report }: { report: ReportModel }) {
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
            {f.evidence.trim() && (
              <>
                <dt>{r.evidence}</dt>
                <dd class="user-text">{f.evidence}</dd>
              </>
            )}
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
