/**
 * The rarer storage notices (StorageNotices.tsx loads this module only when a status needs
 * one): unreadable data was kept aside (download it), another tab changed the assessment,
 * assessments that shared an id were split.
 */
import type { StorageStatus } from '../../lib/store-core';
import { storage as s } from '../../i18n/sv/stored-data';
import { download } from './FileDownload';

/** The time part of a kept-aside key ('tsi-boken:unreadable:<ISO time>'). */
export function unreadableTime(key: string): string {
  return key.split(':').slice(2).join(':');
}

/** An ASCII file name for kept-aside data. */
export function unreadableFileName(key: string): string {
  return `oläsbara-uppgifter-${key
    .split(':')
    .slice(2)
    .join('-')
    .replace(/[^0-9A-Za-z-]/g, '-')}.txt`;
}

export interface Props {
  status: StorageStatus;
  /** The raw text of kept-aside data, for its download. */
  read: (key: string) => string | null;
  onDismissConflict: () => void;
}

export function StorageNoticesView({ status, read, onDismissConflict }: Props) {
  return (
    <>
      {status.unreadable.length ? (
        <div class="notice notice--warn">
          <p>{s.unreadable(status.unreadable.length)}</p>
          <ul>
            {status.unreadable.map((key) => (
              <li key={key}>
                <button
                  type="button"
                  class="button"
                  onClick={() => download({ name: unreadableFileName(key), text: read(key) ?? '', type: 'text/plain' })}
                >
                  {s.downloadUnreadable(unreadableTime(key))}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {status.conflict || status.split ? (
        <div class="notice notice--warn">
          {status.conflict ? <p>{s.conflict}</p> : null}
          {status.split ? <p>{s.split(status.split)}</p> : null}
          <button type="button" class="button" onClick={onDismissConflict}>
            {s.dismiss}
          </button>
        </div>
      ) : null}
    </>
  );
}
