import { describe, expect, it } from 'vitest';
import { FACTOR_IDS } from '../../../src/lib/factors';
import { followUpSchema } from '../../../src/lib/schema';
import { startFollowUp, statusCounts, updateFollowUpItem } from '../../../src/lib/follow-up';
import { assessment } from '../../support/data';

const [f1, f2, f3] = FACTOR_IDS;

describe('follow-up of the previous plan', () => {
  const previous = {
    ...assessment({
      id: 'forra',
      createdAt: '2025-03-01T09:00:00.000Z',
      levels: [1, 0, 2],
      answers: {
        [f1!]: { nextStep: '  Föredra i nämnden. ', owner: 'KD ', due: '2025-06-30' },
        [f2!]: { nextStep: 'Samla statistik.' },
      },
    }),
    plan: [
      { factor: f3!, status: 'pagar' as const, comment: 'gammal kommentar' },
      { factor: f1!, status: 'inte-paborjat' as const, comment: '' },
    ],
  };

  it('opens with the previous plan in its order, its words copied in, comments empty (schema-valid)', () => {
    const fu = startFollowUp(previous, (id) => (id === f3 ? 'Modellens förslag.' : ''));
    expect(followUpSchema.parse(fu)).toEqual(fu);
    expect(fu).toEqual({
      previousId: 'forra',
      previousDate: '2025-03-01T09:00:00.000Z',
      items: [
        { factor: f3, step: 'Modellens förslag.', owner: '', due: '', status: 'pagar', comment: '' },
        { factor: f1, step: 'Föredra i nämnden.', owner: 'KD', due: '2025-06-30', status: 'inte-paborjat', comment: '' },
      ],
    });
  });

  it('uses the default plan when the previous group never chose one', () => {
    const fu = startFollowUp({ ...previous, plan: undefined });
    expect(fu.items.map((i) => [i.factor, i.step])).toEqual([
      [f2, 'Samla statistik.'],
      [f1, 'Föredra i nämnden.'],
    ]);
  });

  it('marks what became of each step and counts the statuses', () => {
    let fu = startFollowUp(previous);
    fu = updateFollowUpItem(fu, f1!, { status: 'genomfort', comment: 'Klart i juni.' });
    expect(fu.items[1]).toMatchObject({ status: 'genomfort', comment: 'Klart i juni.', step: 'Föredra i nämnden.' });
    expect(fu.items[0]).toMatchObject({ status: 'pagar', comment: '' });
    expect(statusCounts(fu.items)).toEqual({ 'inte-paborjat': 0, pagar: 1, genomfort: 1, struket: 0 });
  });
});
