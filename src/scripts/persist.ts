/**
 * Asking the browser to keep the site's data (navigator.storage.persist()) and reading what is
 * stored. Shared by the script on every page (src/scripts/offline.ts) and the status box on
 * /om-dina-uppgifter/ (src/scripts/storage-status.ts). No zod, no storage engine: only reads.
 */
import { PERSIST_ASKED_KEY as ASKED_KEY, STORAGE_KEY, WORKSHOPS_KEY } from '../lib/stored-format';

export { ASKED_KEY };
/** The site asks on its own at most this often (Firefox shows the question to the user). */
const ASK_AGAIN_AFTER_MS = 7 * 24 * 3600 * 1000;

export type Persisted = 'yes' | 'no' | 'unknown';

/** Calls one of navigator.storage's yes/no questions; 'unknown' where the browser has none. */
async function answer(question: ((this: StorageManager) => Promise<boolean>) | undefined): Promise<Persisted> {
  try {
    if (!question || !navigator.storage) return 'unknown';
    return (await question.call(navigator.storage)) ? 'yes' : 'no';
  } catch {
    return 'unknown';
  }
}

/** Whether the browser has promised to keep this site's data. */
export function persisted(): Promise<Persisted> {
  return answer(globalThis.navigator?.storage?.persisted);
}

/** Asks the browser to keep the data; resolves with its answer. */
export function askPersist(): Promise<Persisted> {
  return answer(globalThis.navigator?.storage?.persist);
}

function local(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** How many items one stored list holds (0 when none or unreadable). */
function storedCount(key: string, list: 'assessments' | 'workshops'): number {
  try {
    const raw = local()?.getItem(key);
    if (!raw) return 0;
    const value: unknown = JSON.parse(raw);
    const items = (value as Record<string, unknown> | null)?.[list];
    return Array.isArray(items) ? items.length : 0;
  } catch {
    return 0;
  }
}

/** How many assessments are stored (0 when none or unreadable). */
export function storedAssessmentCount(): number {
  return storedCount(STORAGE_KEY, 'assessments');
}

/** How many workshops are saved (0 when none or unreadable). */
export function storedWorkshopCount(): number {
  return storedCount(WORKSHOPS_KEY, 'workshops');
}

/** True when the tools hold anything worth keeping (assessments or saved workshops). */
function hasStoredWork(): boolean {
  return storedAssessmentCount() + storedWorkshopCount() > 0;
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Size in bytes (UTF-8) of everything the tools have stored in localStorage (keys "tsi-boken:…"). */
export function storedSizes(): { bytes: number } | null {
  const s = local();
  if (!s) return null;
  try {
    let bytes = 0;
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key !== null && key.startsWith('tsi-boken:')) bytes += byteLength(key) + byteLength(s.getItem(key) ?? '');
    }
    return { bytes };
  } catch {
    return null;
  }
}

/**
 * Asks once the first assessment exists: right away if one is stored already, else after the
 * user's next action that stores one (checked shortly after each click, change or input, and
 * when another tab stores one). Does nothing when the browser has already promised, and asks on
 * its own at most once a week.
 */
export async function persistWhenFirstAssessment(): Promise<void> {
  if ((await persisted()) !== 'no') return;
  const store = local();
  const last = Number(store?.getItem(ASKED_KEY) ?? 0);
  if (Date.now() - last < ASK_AGAIN_AFTER_MS) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const events = ['click', 'change', 'input'] as const;
  const check = () => {
    if (!hasStoredWork()) return;
    for (const e of events) document.removeEventListener(e, later, true);
    removeEventListener('storage', later);
    try {
      store?.setItem(ASKED_KEY, String(Date.now()));
    } catch {
      /* storage full or blocked: ask anyway */
    }
    void askPersist();
  };
  // The islands save after their own handlers and renders: look a moment later.
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  };
  if (hasStoredWork()) return check();
  for (const e of events) document.addEventListener(e, later, { capture: true, passive: true });
  addEventListener('storage', later);
}
