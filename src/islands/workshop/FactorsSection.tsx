/**
 * Step 4 of the workshop: factor by factor, the participants' answers (filtered by role), the
 * summary table, the order to discuss them in ("Diskutera först"), all answers in one table,
 * and for each factor the participants' reasons and the group's decision form.
 */
import { useMemo, useState } from 'preact/hooks';
import { aggregateResponses, formatLevel, participantRole, type FactorAggregate } from '../../lib/aggregate';
import { discussionOrder } from '../../lib/agreement';
import { emptyAgreed, type AgreedFactor } from '../../lib/consensus';
import { FACTOR_IDS, ROLES, type FactorId, type Role } from '../../lib/factors';
import type { LevelValue } from '../../lib/schema';
import type { Entry } from '../../lib/session-entries';
import { t } from '../../i18n/sv';
import { memo } from '../kit/memo';
import { reasonsByLevel, type ReasonGroup } from '../../lib/workshop-reasons';
import { ConsensusForm } from './ConsensusForm';
import { agreementWord, Discussion, FactorView, RoleMark, type Marker } from './FactorPanel';
import { Reasons } from './Reasons';
import { DataTable, TableRegion } from '../kit/TableRegion';
import type { WorkshopProps } from './types';
import { levelShort } from '../../lib/levels';
import { useProgressive } from '../kit/useProgressive';

const sf = t.workshopFactors;

type PerFactor = Record<FactorId, { markers: Marker[]; agg: FactorAggregate; reasons: ReasonGroup[] }>;

interface Props {
  model: WorkshopProps;
  entries: Entry[];
  labels: string[];
  hideNames: boolean;
  roleFilter: Role | '';
  agreed: Partial<Record<FactorId, AgreedFactor>>;
  savedAt: Partial<Record<FactorId, number>>;
  formsKey: number;
  formKeys: Partial<Record<FactorId, number>>;
  onRoleFilter: (role: Role | '') => void;
  onAgreed: (id: FactorId, value: AgreedFactor, immediate: boolean) => void;
  onAppend: (id: FactorId, field: 'evidence' | 'nextStep', text: string) => void;
  onProjector: (id: FactorId) => void;
}

const levelText = (l: LevelValue | undefined, unknownName: string) => levelShort(l, { unknown: { name: unknownName } }, '–');

export function FactorsSection(p: Props) {
  const { model, entries, labels, roleFilter, agreed } = p;
  const rolesPresent = useMemo(() => ROLES.filter((r) => entries.some((e) => participantRole(e.a) === r)), [entries]);
  const visible = useMemo(() => {
    const idx = entries.map((_, i) => i);
    return roleFilter ? idx.filter((i) => participantRole(entries[i]!.a) === roleFilter) : idx;
  }, [entries, roleFilter]);
  const perFactor = useMemo(() => {
    // With names hidden, a reason is shown with the role only.
    const who = p.hideNames ? entries.map((e) => model.roleNames[participantRole(e.a)]) : labels;
    const out = {} as PerFactor;
    for (const f of FACTOR_IDS) {
      const markers = visible.map((i) => {
        const a = entries[i]!.a;
        return { label: labels[i]!, role: participantRole(a), level: a.answers[f]?.level ?? null };
      });
      out[f] = { markers, agg: aggregateResponses(markers), reasons: reasonsByLevel(entries, visible, f, who) };
    }
    return out;
  }, [visible, labels, p.hideNames]);
  // The factor panels one per task, after the rest of the view (each holds every participant's
  // answer: about 200 elements). Lighthouse with data: blocking time 90–210 -> 40–100 ms.
  const shown = useProgressive(model.factors.length, 0, 1);
  return (
    <section aria-labelledby="wk-view-h">
      <h2 id="wk-view-h">{sf.view.heading}</h2>
      <div class="field">
        <label for="wk-role">{sf.view.roleFilter}</label>
        <select id="wk-role" value={roleFilter} onChange={(e) => p.onRoleFilter(e.currentTarget.value as Role | '')}>
          <option value="">{sf.view.allRoles}</option>
          {rolesPresent.map((r) => (
            <option value={r} key={r}>
              {model.roleNames[r]}
            </option>
          ))}
        </select>
      </div>
      {roleFilter && <p class="notice">{sf.view.filterNote(model.roleNames[roleFilter], visible.length)}</p>}
      <Legend roles={rolesPresent} model={model} />
      <SummaryTable model={model} perFactor={perFactor} agreed={agreed} />
      <DiscussFirst model={model} perFactor={perFactor} />
      <AllAnswers model={model} entries={entries} labels={labels} />
      {model.factors.slice(0, shown).map((f) => {
        const { agg, markers, reasons } = perFactor[f.id];
        return (
          <section class="wk-factor" aria-labelledby={`wk-f-${f.id}`} key={f.id}>
            <h3 id={`wk-f-${f.id}`} tabIndex={-1}>
              {f.number}. {f.title}
              {agg.agreement.disagreement && (
                <span class="wk-badge">
                  <span aria-hidden="true">⚠ </span>
                  {agreementWord(agg.agreement)}
                </span>
              )}
            </h3>
            <button type="button" class="button button--small wk-proj-open" onClick={() => p.onProjector(f.id)}>
              {sf.projector.open}
              <span class="visually-hidden">: {f.shortLabel}</span>
            </button>
            <div class="wk-factor__grid">
              <div>
                <FactorView factor={f} model={model} agg={agg} markers={markers} />
                <Reasons factor={f.id} title={f.shortLabel} model={model} groups={reasons} onAppend={p.onAppend} />
                <h4>{sf.consensus.heading(f.shortLabel)}</h4>
                <ConsensusForm
                  key={`${p.formsKey}-${f.id}-${p.formKeys[f.id] ?? 0}`}
                  factor={f}
                  model={model}
                  initial={agreed[f.id] ?? emptyAgreed()}
                  onChange={p.onAgreed}
                  savedAt={p.savedAt[f.id] ?? 0}
                />
              </div>
              <Discussion factor={f} model={model} />
            </div>
          </section>
        );
      })}
    </section>
  );
}

function Legend({ roles, model }: { roles: Role[]; model: WorkshopProps }) {
  return (
    <div class="wk-legend">
      <h3 class="wk-legend__h">{sf.view.legend}</h3>
      <ul>
        {roles.map((r) => (
          <li key={r}>
            <RoleMark role={r} /> {model.roleNames[r]}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SummaryTable({
  model,
  perFactor,
  agreed,
}: {
  model: WorkshopProps;
  perFactor: PerFactor;
  agreed: Partial<Record<FactorId, AgreedFactor>>;
}) {
  const cols = [
    sf.view.colFactor,
    sf.view.colMedian,
    sf.view.colMin,
    sf.view.colMax,
    sf.view.colUnknown,
    sf.view.colUnanswered,
    sf.view.colDisagreement,
    sf.view.colAgreed,
  ];
  return (
    <DataTable label={sf.view.summaryCaption} class="wk-table wk-summary" caption={sf.view.summaryCaption} cols={cols}>
      {model.factors.map((f) => {
        const a = perFactor[f.id].agg;
        const level = agreed[f.id]?.level;
        return (
          <tr key={f.id}>
            <th scope="row">
              <a href={`#wk-f-${f.id}`}>
                {f.number}. {f.shortLabel}
              </a>
            </th>
            <td>{formatLevel(a.median)}</td>
            <td>{formatLevel(a.min)}</td>
            <td>{formatLevel(a.max)}</td>
            <td>{a.unknown}</td>
            <td>{a.unanswered}</td>
            <td>
              {a.agreement.disagreement ? (
                <strong class="wk-flag-cell">
                  <span aria-hidden="true">⚠ </span>
                  {agreementWord(a.agreement)}
                </strong>
              ) : (
                agreementWord(a.agreement)
              )}
            </td>
            <td>{level === undefined || level === null ? sf.view.notSet : levelText(level, model.unknownName)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** The factors from the most to the least divided, as links to each factor. */
function DiscussFirst({ model, perFactor }: { model: WorkshopProps; perFactor: PerFactor }) {
  const order = discussionOrder(model.factors.map((f) => ({ id: f.id, agreement: perFactor[f.id].agg.agreement })));
  const byId = new Map(model.factors.map((f) => [f.id, f]));
  return (
    <div class="wk-first">
      <h3 id="wk-first-h">{sf.agreement.discussFirst}</h3>
      <p>{sf.agreement.discussFirstIntro}</p>
      <ol aria-labelledby="wk-first-h">
        {order.map((id) => {
          const f = byId.get(id)!;
          return (
            <li key={id}>
              <a href={`#wk-f-${id}`}>
                {f.number}. {f.shortLabel}
              </a>
              : {agreementWord(perFactor[id].agg.agreement)}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

const AllAnswers = memo(function AllAnswers({
  model,
  entries,
  labels,
}: {
  model: WorkshopProps;
  entries: Entry[];
  labels: string[];
}) {
  // The table is built when the section is opened (it repeats what the factor tables show).
  const [open, setOpen] = useState(false);
  return (
    <details class="wk-all" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{sf.view.allAnswersSummary}</summary>
      {open && (
        <TableRegion label={sf.view.allAnswersCaption}>
          <table class="wk-table">
            <caption>{sf.view.allAnswersCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{sf.colParticipant}</th>
                {model.factors.map((f) => (
                  <th scope="col" key={f.id}>
                    {f.number}. {f.shortLabel}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={e.key}>
                  <th scope="row">{labels[i]}</th>
                  {model.factors.map((f) => (
                    <td key={f.id}>{levelText(e.a.answers[f.id]?.level ?? null, model.unknownName)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </details>
  );
});
