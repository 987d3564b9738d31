/**
 * One factor in the workshop: participants' levels as markers on the 0–4 scale (+ "Vet ej"),
 * marked by role with a short text label; how much the group agrees, in words
 * (src/lib/agreement.ts); median, lowest, highest, "vet ej"; the same data as real tables; and
 * the model's level descriptions and reflection questions. The view re-renders only when its
 * data changes. The decision form is ConsensusForm.tsx.
 */
import type { FactorAggregate } from '../../lib/aggregate';
import { formatLevel } from '../../lib/aggregate';
import type { Agreement } from '../../lib/agreement';
import { decimalComma } from '../../lib/format';
import type { Role } from '../../lib/factors';
import type { LevelValue } from '../../lib/schema';
import { t } from '../../i18n/sv';
import { memo } from '../kit/memo';
import { DataTable } from '../kit/TableRegion';
import type { FactorInfo, ModelProps } from './types';

const sf = t.workshopFactors;

export interface Marker {
  label: string;
  role: Role;
  level: LevelValue;
}

interface ViewProps {
  factor: FactorInfo;
  model: ModelProps;
  agg: FactorAggregate;
  markers: Marker[];
}

export function RoleMark({ role }: { role: Role }) {
  return (
    <span class={`wk-mark wk-mark--${role}`} aria-hidden="true">
      {sf.roleAbbr[role]}
    </span>
  );
}

function columns(model: ModelProps): { key: string; label: string; match: (l: LevelValue) => boolean }[] {
  return [
    ...model.levelNames.map((name, i) => ({ key: String(i), label: `${i} ${name}`, match: (l: LevelValue) => l === i })),
    { key: 'vet-ej', label: model.unknownName, match: (l: LevelValue) => l === 'vet-ej' },
  ];
}

/** The factor's answers per role, when more than one role answered. */
function RoleTable({ factor, model, agg }: Omit<ViewProps, 'markers'>) {
  return (
    <DataTable
      label={sf.view.perRoleCaption(factor.shortLabel)}
      class="wk-table"
      caption={sf.view.perRoleCaption(factor.shortLabel)}
      cols={[sf.colRole, sf.view.colRoleAnswers, sf.view.colMedian, sf.view.colMin, sf.view.colMax, sf.view.colUnknown]}
    >
      {agg.byRole.map(({ role, stats }) => (
        <tr key={role}>
          <th scope="row">
            <RoleMark role={role} /> {model.roleNames[role]}
          </th>
          <td>{stats.answered}</td>
          <td>{formatLevel(stats.median)}</td>
          <td>{formatLevel(stats.min)}</td>
          <td>{formatLevel(stats.max)}</td>
          <td>{stats.unknown}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The agreement in words ("Samstämmiga", "En avviker" …), with its advice and the "vet ej" count. */
export function agreementWord(a: Agreement): string {
  return t.workshopFactors.agreement[a.kind];
}

export function agreementText(a: Agreement): string {
  const w = t.workshopFactors.agreement;
  const list = (levels: number[]) => levels.join('–');
  const parts = [
    a.kind === 'outlier'
      ? w.outlierText(a.outlierLevel!)
      : a.kind === 'camps'
        ? w.campsText(list(a.camps!.low), list(a.camps!.high))
        : w[`${a.kind}Text`],
    a.unknown > 0 ? w.unknownText(a.unknown, a.total) : '',
  ];
  return parts.filter(Boolean).join(' ');
}

export function AgreementNote({ agreement: a, id }: { agreement: Agreement; id?: string }) {
  const cls = a.disagreement ? 'wk-flag' : 'wk-agree';
  return (
    <p class={cls} id={id}>
      {a.disagreement && (
        <span class="wk-flag__icon" aria-hidden="true">
          ⚠{' '}
        </span>
      )}
      <strong>{agreementWord(a)}.</strong> {agreementText(a)}
      {a.consensus !== null && a.answered > 1 && (
        <span class="wk-measure"> ({t.workshopFactors.agreement.measure(decimalComma(a.consensus, 2))})</span>
      )}
    </p>
  );
}

function FactorViewImpl({ factor, model, agg, markers }: ViewProps) {
  const cols = columns(model);
  const byCol = cols.map((c) => markers.filter((m) => c.match(m.level)));
  const unanswered = markers.filter((m) => m.level === null);
  const parts = cols.map((c, i) => sf.view.dotsPart(c.label, byCol[i]!.length)).join(', ');
  return (
    <div class="wk-view">
      <AgreementNote agreement={agg.agreement} id={`wk-flag-${factor.id}`} />
      <dl class="wk-stats" aria-label={sf.view.stats}>
        {(
          [
            [sf.view.median, formatLevel(agg.median)],
            [sf.view.min, formatLevel(agg.min)],
            [sf.view.max, formatLevel(agg.max)],
            [sf.view.unknown, agg.unknown],
            [sf.view.unanswered, agg.unanswered],
          ] as const
        ).map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div class="wk-dots" role="img" aria-label={sf.view.dotsLabel(factor.shortLabel, parts)}>
        {cols.map((c, i) => (
          <div class={`wk-dots__col${c.key === 'vet-ej' ? ' wk-dots__col--unknown' : ''}`} key={c.key}>
            <div class="wk-dots__head">
              <span class="wk-dots__level">{c.key === 'vet-ej' ? c.label : c.key}</span>
              <span class="wk-dots__count">{byCol[i]!.length}</span>
            </div>
            <div class="wk-dots__marks">
              {byCol[i]!.map((m, j) => (
                <span class={`wk-mark wk-mark--${m.role}`} title={m.label} key={j}>
                  {sf.roleAbbr[m.role]}
                </span>
              ))}
            </div>
          </div>
        ))}
      </div>
      <DataTable
        label={sf.view.perLevelCaption(factor.shortLabel)}
        class="wk-table"
        caption={sf.view.perLevelCaption(factor.shortLabel)}
        cols={[sf.view.levelCol, sf.view.colCount, sf.view.colWho]}
      >
        {cols.map((c, i) => (
          <tr key={c.key}>
            <th scope="row">{c.label}</th>
            <td>{byCol[i]!.length}</td>
            <td>{byCol[i]!.map((m) => m.label).join(', ')}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{sf.view.unanswered}</th>
          <td>{unanswered.length}</td>
          <td>{unanswered.map((m) => m.label).join(', ')}</td>
        </tr>
      </DataTable>
      {agg.byRole.length > 1 && <RoleTable factor={factor} model={model} agg={agg} />}
    </div>
  );
}
export const FactorView = memo(FactorViewImpl);

function DiscussionImpl({ factor, model }: { factor: FactorInfo; model: ModelProps }) {
  return (
    <aside class="wk-discuss" aria-label={`${sf.view.discussion}: ${factor.shortLabel}`}>
      <h4>{sf.view.discussion}</h4>
      <p>
        <strong>{sf.view.question}:</strong> {factor.question}
      </p>
      <h5>{sf.view.levelsHeading}</h5>
      <dl class="wk-levels">
        {factor.levels.map((d, i) => (
          <div key={i}>
            <dt>
              {i} {model.levelNames[i]}
            </dt>
            <dd>{d}</dd>
          </div>
        ))}
      </dl>
      <h5>{sf.view.reflection}</h5>
      <ul>
        {factor.reflectionQuestions.map((q, i) => (
          <li key={i}>{q}</li>
        ))}
      </ul>
      <p class="wk-discuss__chapter">
        <a href={factor.href}>
          {sf.view.readChapter}: {factor.title}
        </a>
      </p>
    </aside>
  );
}
export const Discussion = memo(DiscussionImpl);
