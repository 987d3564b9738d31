/** The kit's markup, rendered to HTML (preact-render-to-string comes with @astrojs/preact). */
import { describe, expect, it } from 'vitest';
import { h, type VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { Field } from '../../../../src/islands/kit/Field';
import { LevelChoice } from '../../../../src/islands/kit/LevelChoice';
import { ErrorSummary } from '../../../../src/islands/kit/ErrorSummary';

const scale = {
  levels: [0, 1, 2, 3, 4].map((level) => ({ level, name: `Namn ${level}` })),
  unknown: { name: 'Vet ej' },
};

describe('Field', () => {
  it('label, hint, error, then the control with its id and descriptions', () => {
    const html = render(
      h(Field, {
        id: 'org',
        label: 'Kommun',
        hint: 'Till exempel',
        error: 'Saknas',
        children: h('input', { type: 'text' }) as VNode,
      }),
    );
    expect(html).toBe(
      '<div class="field"><label for="org">Kommun</label><span class="hint" id="org-hint">Till exempel</span>' +
        '<span class="field__error" id="org-error">Saknas</span><input type="text" id="org" aria-describedby="org-hint org-error" aria-invalid="true"/></div>',
    );
  });
  it('without hint or error: no descriptions, not invalid', () => {
    const html = render(h(Field, { id: 't', label: 'Titel', children: h('textarea', {}) }));
    expect(html).toBe('<div class="field"><label for="t">Titel</label><textarea id="t"></textarea></div>');
  });
});

describe('LevelChoice', () => {
  const choice = (value: 0 | 'vet-ej' | null) =>
    render(
      h(LevelChoice, {
        idPrefix: 'f6',
        legend: 'Fråga',
        scale,
        value,
        hint: (o) => `om ${o.value}`,
        clearLabel: 'Ta bort',
        onChange: () => {},
      }),
    );
  it('one radio group: levels 0–4 then "Vet ej", each with its hint', () => {
    const html = choice(null);
    expect(html.match(/name="f6-level"/g)).toHaveLength(6);
    expect([...html.matchAll(/id="(f6-level-[^"]+)" name/g)].map((m) => m[1])).toEqual([
      'f6-level-0',
      'f6-level-1',
      'f6-level-2',
      'f6-level-3',
      'f6-level-4',
      'f6-level-vet-ej',
    ]);
    expect(html).toContain('aria-describedby="f6-level-vet-ej-hint"');
    expect(html).toContain('<span class="af__hint hint" id="f6-level-2-hint">om 2</span>');
    expect(html).toMatch(/^<fieldset class="af__levels"><legend>Fråga<\/legend>/);
    expect(html).not.toMatch(/ checked[ />]|--checked/);
    expect(html).not.toContain('Ta bort');
  });
  it('the chosen level is checked and the clear button shows', () => {
    const html = choice('vet-ej');
    expect(html.match(/ checked[ />]/g)).toHaveLength(1);
    expect(html).toContain('af__option af__option--checked');
    expect(html).toMatch(/value="vet-ej" checked/);
    expect(html).toContain('Ta bort');
    expect(choice(0)).toMatch(/value="0" checked/);
  });
});

describe('ErrorSummary', () => {
  it('nothing without errors; otherwise an alert with a link to each field', () => {
    expect(render(h(ErrorSummary, { id: 'e', heading: 'Rätta', errors: [] }))).toBe('');
    const html = render(h(ErrorSummary, { id: 'e', heading: 'Rätta', errors: [{ field: 'start-org', text: 'Skriv kommun' }] }));
    expect(html).toContain('id="e"');
    expect(html).toContain('role="alert"');
    expect(html).toContain('<a href="#start-org">Skriv kommun</a>');
  });
});
