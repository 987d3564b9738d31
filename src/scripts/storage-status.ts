/** Fills the status box on /om-dina-uppgifter/ (src/islands/offline/StorageStatus.astro). */
import { formatBytes, offlineStatus as s } from '../i18n/sv/offline';
import { askPersist, persisted, storedAssessmentCount, storedSizes, storedWorkshopCount, type Persisted } from './persist';

async function offlineReady(): Promise<boolean> {
  try {
    const base = import.meta.env.BASE_URL;
    const reg = await navigator.serviceWorker?.getRegistration(base);
    return Boolean(reg?.active);
  } catch {
    return false;
  }
}

async function totalUsage(): Promise<number | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return typeof e?.usage === 'number' ? e.usage : null;
  } catch {
    return null;
  }
}

async function render(list: HTMLElement, ask: HTMLButtonElement, state: Persisted, denied: boolean): Promise<void> {
  const lines: string[] = [];
  lines.push(state === 'yes' ? s.persisted : state === 'no' ? s.notPersisted : s.unknown);
  if (denied) lines.push(s.askDenied);
  const sizes = storedSizes();
  if (!sizes) lines.push(s.unavailable);
  else {
    const n = storedAssessmentCount();
    const w = storedWorkshopCount();
    lines.push(n === 0 ? s.none : s.saved(n));
    if (w > 0) lines.push(s.savedWorkshops(w));
    if (sizes.bytes > 0) lines.push(s.size(formatBytes(sizes.bytes)));
  }
  const usage = await totalUsage();
  if (usage !== null) lines.push(s.total(formatBytes(usage + (sizes?.bytes ?? 0))));
  lines.push((await offlineReady()) ? s.offlineReady : s.offlineNotReady);
  list.replaceChildren(
    ...lines.map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }),
  );
  ask.hidden = state !== 'no';
}

export async function showStorageStatus(): Promise<void> {
  const list = document.getElementById('storage-status-list');
  const ask = document.getElementById('storage-status-ask') as HTMLButtonElement | null;
  if (!list || !ask) return;
  ask.addEventListener('click', async () => {
    const answer = await askPersist();
    await render(list, ask, answer, answer === 'no');
  });
  await render(list, ask, await persisted(), false);
  // The worker may become active while the page is open (first visit).
  navigator.serviceWorker?.ready.then(async () => render(list, ask, await persisted(), false)).catch(() => {});
}
