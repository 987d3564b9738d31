/**
 * The chapter's assessment in the browser: upgrades the server's markup (ChapterAssessment.astro)
 * without Preact, so the chapter's JS stays within its budget (≤ 10 KB gzip, issue 15). What to
 * show is decided by the pure functions of src/lib/chapter-view.ts; this file only clones the
 * server's <template> parts and wires them to the store (storage-light: no zod).
 *
 * Each change saves at once: `store.update(id, a => withAnswer(…))`. When any tab saves, the
 * view follows; a textarea keeps what is being typed while it has focus and shows the stored
 * value again on blur (the same rule as the kit's TypingTextarea on /sjalvskattning/).
 */
import { lightStore as store } from '../../lib/storage-light';
import { createAssessment, levelToValue, valueToLevel, withAnswer } from '../../lib/assessment';
import {
  activeView,
  SHORT_NOTICES,
  shortNotices,
  startOrganisation,
  type ActiveView,
  type ShortNotice,
} from '../../lib/chapter-view';
import { describedBy } from '../../lib/described-by';
import type { FactorAnswer } from '../../lib/schema';
import type { FactorId } from '../../lib/factors';
import { chapterIsland as s } from '../../i18n/sv/assessment-chapter';

/** A part on screen: its nodes, and how it follows the store (the active part only). */
interface Part {
  active: boolean;
  nodes: ChildNode[];
  sync?: (view: ActiveView) => void;
}

/**
 * The short start form: the error as the kit's Field shows it (before the control, named by
 * aria-describedby, aria-invalid) while the field is empty on submit; `onStart` otherwise.
 */
function wireStartForm(form: HTMLFormElement, onStart: (organisation: string) => void): void {
  const input = form.querySelector('input')!;
  const error = form.querySelector('.field__error')!;
  const hint = !!form.querySelector(`#${input.id}-hint`);
  const setMissing = (missing: boolean) => {
    if (missing) input.before(error);
    else error.remove();
    input.setAttribute('aria-describedby', describedBy(input.id, hint, missing)!);
    if (missing) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  setMissing(false);
  input.addEventListener('input', () => setMissing(false));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const organisation = startOrganisation(input.value);
    if (organisation === null) {
      setMissing(true);
      input.focus();
      return;
    }
    onStart(organisation);
  });
}

/**
 * A text of the answer (TypingTextarea's rule): every input saves; while it has focus it shows
 * its own text, on blur the stored one. Returns how it follows the store.
 */
function typingText(el: HTMLTextAreaElement, stored: () => string, onValue: (text: string) => void): () => void {
  let typing = false;
  const showStored = () => {
    const v = stored();
    if (el.value !== v) el.value = v;
  };
  el.addEventListener('focus', () => (typing = true));
  el.addEventListener('blur', () => {
    typing = false;
    showStored();
  });
  el.addEventListener('input', () => onValue(el.value));
  return () => {
    if (!typing) showStored();
  };
}

export function upgrade(section: HTMLElement): void {
  const { factor, idPrefix, modelVersion } = section.dataset as { factor: FactorId; idPrefix: string; modelVersion: string };
  const templates = new Map<string, DocumentFragment>();
  for (const t of section.querySelectorAll<HTMLTemplateElement>(':scope > template')) {
    templates.set(t.dataset.part ?? `notice-${t.dataset.notice}`, t.content);
    t.remove();
  }
  const clone = (name: string) => templates.get(name)!.cloneNode(true) as DocumentFragment;
  const heading = section.querySelector('h2')!;
  section.querySelector(':scope > .hint')?.remove();
  const live = clone('status').firstElementChild!;
  section.append(live);
  const say = (message: string) => {
    if (live.textContent !== message) live.textContent = message;
  };

  let part: Part | null = null;
  let current: ActiveView | null = null;
  const notices = new Map<ShortNotice, Element>();

  const change = (patch: Partial<FactorAnswer>) => {
    if (!current) return;
    store.update(current.id, (a) => withAnswer(a, factor, patch));
    if ('level' in patch) say(s.saved);
  };

  /** Shows the notices the status calls for, in their order, keeping those already shown. */
  function showNotices(kinds: ShortNotice[]) {
    let prev: Element = heading;
    for (const kind of SHORT_NOTICES) {
      let el = notices.get(kind);
      if (kinds.includes(kind)) {
        if (!el) notices.set(kind, (el = clone(`notice-${kind}`).firstElementChild!));
        if (prev.nextElementSibling !== el) prev.after(el);
        prev = el;
      } else if (el) {
        el.remove();
        notices.delete(kind);
      }
    }
  }

  function show(next: DocumentFragment, active: boolean, sync?: Part['sync']) {
    for (const n of part?.nodes ?? []) n.remove();
    part = { active, nodes: [...next.childNodes], sync };
    live.before(next);
  }

  function startPart() {
    const frag = clone('start');
    wireStartForm(frag.querySelector('form')!, (organisation) => {
      const a = store.save(createAssessment({ organisation }, modelVersion));
      store.setActiveId(a.id);
      say(s.started);
      // The start form is gone: focus goes to what comes next, the first level.
      section.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
    });
    show(frag, false);
  }

  function activePart() {
    const frag = clone('active');
    const line = frag.querySelector('.assess-chapter__line')!;
    const radios = [...frag.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const clear = frag.querySelector<HTMLButtonElement>('.af__clear')!;
    radios.forEach((r) => r.addEventListener('change', () => change({ level: valueToLevel(r.value) })));
    clear.addEventListener('click', () => {
      change({ level: null });
      // The button hides: keep the keyboard in the level choice rather than on the page.
      radios[0]?.focus();
    });
    // FactorForm's ids: `<idPrefix>-evidence`, `<idPrefix>-next`.
    const texts = (
      [
        ['evidence', 'evidence'],
        ['nextStep', 'next'],
      ] as const
    ).map(([key, suffix]) =>
      typingText(
        frag.querySelector<HTMLTextAreaElement>(`#${idPrefix}-${suffix}`)!,
        () => current?.answer[key] ?? '',
        (text) => change({ [key]: text }),
      ),
    );
    show(frag, true, (view) => {
      line.textContent = view.line;
      const value = levelToValue(view.answer.level);
      for (const r of radios) {
        if (r.checked !== (r.value === value)) r.checked = r.value === value;
        r.parentElement!.classList.toggle('af__option--checked', r.value === value);
      }
      clear.hidden = view.answer.level === null;
      for (const follow of texts) follow();
    });
  }

  function render() {
    const id = store.getActiveId();
    current = activeView(id ? store.get(id) : null, factor);
    showNotices(shortNotices(store.status()));
    if (!current) {
      if (part?.active !== false) startPart();
      return;
    }
    if (!part?.active) activePart();
    part!.sync!(current);
  }

  render();
  store.subscribe(render);
}
