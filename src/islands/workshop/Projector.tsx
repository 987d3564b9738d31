/**
 * The projector view (`?visa=projektor`): one factor at a time in large type for the room, the
 * answers hidden until the facilitator shows them, ←/→ (or the buttons) for the previous and
 * next factor, full screen where the browser allows it, and back to the editing view at the
 * same factor.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { aggregateResponses, participantRole } from '../../lib/aggregate';
import type { FactorId } from '../../lib/factors';
import type { Entry } from '../../lib/session-entries';
import { t } from '../../i18n/sv';
import { AgreementNote, RoleMark } from './FactorPanel';
import type { WorkshopProps } from './types';

const s = t.workshopFactors.projector;

interface Props {
  model: WorkshopProps;
  entries: Entry[];
  factor: FactorId | null;
  onFactor: (f: FactorId) => void;
  onBack: () => void;
}

export function Projector({ model, entries, factor, onFactor, onBack }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const index = Math.max(
    0,
    model.factors.findIndex((f) => f.id === factor),
  );
  const f = model.factors[index]!;
  const [shown, setShown] = useState(false);
  const [full, setFull] = useState(false);
  // The index as of the last key press: two quick presses land before the next render.
  const at = useRef(index);
  at.current = index;
  const go = (step: number) => {
    const next = model.factors[at.current + step];
    if (!next) return;
    at.current += step;
    setShown(false);
    onFactor(next.id);
  };
  useEffect(() => {
    // The view starts at the top of the screen, so the page above it is out of sight.
    root.current?.scrollIntoView?.({ block: 'start' });
    const key = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || target?.closest('input, textarea, select')) return;
      if (e.key === 'ArrowRight') go(1);
      else if (e.key === 'ArrowLeft') go(-1);
      else return;
      e.preventDefault();
    };
    const onFull = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('keydown', key);
    document.addEventListener('fullscreenchange', onFull);
    return () => {
      document.removeEventListener('keydown', key);
      document.removeEventListener('fullscreenchange', onFull);
    };
  }, []);
  const agg = useMemo(
    () => aggregateResponses(entries.map((e) => ({ level: e.a.answers[f.id]?.level ?? null, role: participantRole(e.a) }))),
    [entries, f.id],
  );
  const canFull = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const toggleFull = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  };
  const cols = [
    ...model.levelNames.map((name, i) => ({ key: String(i), label: `${i} ${name}`, n: agg.perLevel[i]! })),
    { key: 'vet-ej', label: model.unknownName, n: agg.unknown },
  ];
  const max = Math.max(1, ...cols.map((c) => c.n));
  return (
    <div class="wk-proj" ref={root}>
      <div class="wk-proj__bar">
        <button type="button" class="button" onClick={onBack}>
          {s.back}
        </button>
        {canFull && (
          <button type="button" class="button" onClick={toggleFull}>
            {full ? s.exitFullscreen : s.fullscreen}
          </button>
        )}
        <p class="wk-proj__pos">{s.position(index + 1, model.factors.length)}</p>
      </div>
      <h2 id="wk-proj-h" tabIndex={-1}>
        {f.number}. {f.title}
      </h2>
      <p class="wk-proj__q">{f.question}</p>
      <div class="wk-proj__answers" aria-live="polite">
        {shown ? (
          <>
            <AgreementNote agreement={agg.agreement} />
            <ul class="wk-proj__bars">
              {cols.map((c) => (
                <li key={c.key}>
                  <span class="wk-proj__label">{c.label}</span>
                  <span class="wk-proj__bar-track" aria-hidden="true">
                    <span class="wk-proj__bar-fill" style={{ width: `${(c.n / max) * 100}%` }} />
                  </span>
                  <span class="wk-proj__n">{s.answers(c.n)}</span>
                </li>
              ))}
            </ul>
            <ul class="wk-proj__roles">
              {entries.map((e) => (
                <li key={e.key}>
                  <RoleMark role={participantRole(e.a)} /> {model.roleNames[participantRole(e.a)]}:{' '}
                  <strong>{e.a.answers[f.id]?.level ?? '–'}</strong>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p class="wk-proj__hidden">{s.hidden}</p>
        )}
      </div>
      <div class="wk-proj__nav">
        <button type="button" class="button" disabled={index === 0} onClick={() => go(-1)}>
          <span aria-hidden="true">← </span>
          {s.prev}
        </button>
        <button type="button" class="button button--primary" onClick={() => setShown(!shown)}>
          {shown ? s.hide : s.reveal}
        </button>
        <button type="button" class="button" disabled={index === model.factors.length - 1} onClick={() => go(1)}>
          {s.next}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <p class="hint">{s.keys}</p>
    </div>
  );
}
