import { describe, expect, it } from 'vitest';
import { historyOf } from '../../../src/lib/history';
import { assessment } from '../../support/data';

describe('historyOf (the profile over time)', () => {
  const a = (id: string, createdAt: string, levels: unknown[], organisation = 'Ale kommun') =>
    assessment({ id, organisation, createdAt, levels });
  const list = [
    a('c', '2026-11-01T10:00:00.000Z', [3, 'vet-ej']),
    a('a', '2025-03-01T10:00:00.000Z', [1]),
    a('x', '2025-06-01T10:00:00.000Z', [4], 'Annan kommun'),
    a('b', '2025-11-01T10:00:00.000Z', [2, 1], ' ale  kommun'),
  ];

  it('lists the same organisation’s assessments oldest first, with each factor’s state', () => {
    const h = historyOf(list[0]!, list)!;
    expect(h.assessments.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(h.rows).toHaveLength(10);
    expect(h.rows[0]!.states).toEqual([
      { kind: 'level', level: 1 },
      { kind: 'level', level: 2 },
      { kind: 'level', level: 3 },
    ]);
    expect(h.rows[1]!.states.map((s) => s.kind)).toEqual(['unanswered', 'level', 'vet-ej']);
  });

  it('needs three assessments or more', () => {
    expect(historyOf(list[0]!, list.slice(0, 3))).toBeNull();
  });
});
