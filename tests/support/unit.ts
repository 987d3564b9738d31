/**
 * Unit-test helpers: a fake Storage and fast-check arbitraries. Test data itself comes from
 * the one builder in ./data.ts.
 */
import fc from 'fast-check';
import { FACTOR_IDS, ROLES } from '../../src/lib/factors';
import type { Assessment } from '../../src/lib/schema';
import type { StorageLike } from '../../src/lib/store-core';

export class FakeStorage implements StorageLike {
  map = new Map<string, string>();
  /** Max total characters (keys + values); setItem beyond it throws QuotaExceededError. */
  quota = Infinity;
  blocked = false;
  /** Called after every successful setItem/removeItem (to simulate `storage` events in other tabs). */
  onChange: ((key: string) => void)[] = [];
  private check() {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  get length() {
    this.check();
    return this.map.size;
  }
  key(i: number) {
    this.check();
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    this.check();
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.check();
    let size = 0;
    for (const [kk, vv] of this.map) if (kk !== k) size += kk.length + vv.length;
    if (size + k.length + v.length > this.quota) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.map.set(k, String(v));
    for (const f of this.onChange) f(k);
  }
  removeItem(k: string) {
    this.check();
    this.map.delete(k);
    for (const f of this.onChange) f(k);
  }
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
}

const text = (max: number) => fc.string({ unit: 'binary', maxLength: max });
/** A stored time: from 2000 up to a fixed past date (an import refuses times far in the future). */
const isoTime = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2026-01-01T00:00:00.000Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const level = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('vet-ej' as const), fc.constant(null));

export const answerArb = fc.record({
  level,
  evidence: text(2000),
  nextStep: text(2000),
  notes: text(200),
  owner: text(100),
  due: fc.oneof(
    fc.constant(''),
    isoDate.map((d) => d.slice(0, 10)),
  ),
});

const participantArb = fc.record({ name: text(100), role: fc.constantFrom(...ROLES) });

const answersArb = fc.record(
  Object.fromEntries(FACTOR_IDS.map((f) => [f, answerArb])) as Record<(typeof FACTOR_IDS)[number], typeof answerArb>,
  {
    requiredKeys: [],
  },
);

const workshopArb = fc.record({
  participants: fc.array(participantArb, { maxLength: 5 }),
  hideNames: fc.boolean(),
  factors: fc.record(
    Object.fromEntries(
      FACTOR_IDS.map((f) => [
        f,
        fc.record({ levels: fc.array(level, { maxLength: 5 }), disagreement: fc.boolean(), resolution: text(200) }),
      ]),
    ) as Record<
      (typeof FACTOR_IDS)[number],
      fc.Arbitrary<{ levels: (number | 'vet-ej' | null)[]; disagreement: boolean; resolution: string }>
    >,
    { requiredKeys: [] },
  ),
});

export const assessmentArb: fc.Arbitrary<Assessment> = fc.record(
  {
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,100}$/),
    kind: fc.constantFrom('individual' as const, 'consensus' as const),
    organisation: text(100)
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
    title: text(100),
    participant: fc.option(participantArb, { nil: null }),
    createdAt: isoTime,
    updatedAt: isoTime,
    modelVersion: fc.string({ minLength: 1, maxLength: 40 }),
    answers: answersArb,
    workshop: workshopArb,
  },
  { requiredKeys: ['id', 'kind', 'organisation', 'title', 'participant', 'createdAt', 'updatedAt', 'modelVersion', 'answers'] },
) as fc.Arbitrary<Assessment>;

/** A list of assessments with distinct ids. */
export const assessmentsArb = fc.uniqueArray(assessmentArb, { minLength: 1, maxLength: 4, selector: (a) => a.id });
