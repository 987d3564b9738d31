/**
 * The "Klart" step after the tenth factor: tells the participant in plain words what to do with
 * the answers now (send the file to the facilitator, or a link) and offers both actions.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/sv';
import { progress } from '../../lib/assessment';
import { assessmentLabel } from '../../lib/labels';
import { assessmentFileName } from '../../lib/file-names';
import type { Assessment } from '../../lib/schema';
import { FileDownload } from '../kit/FileDownload';
import { SharePanel } from './ListPanels';
import { exportFile, useShareLink } from './share-actions';

const s = t.assessment;

interface Props {
  active: Assessment;
  pageHref: string;
  notices: ComponentChildren;
  announce: (text: string) => void;
  focus: (id: string) => void;
  onBack: () => void;
  onSummary: () => void;
  onHome: () => void;
}

export function DoneView({ active, pageHref, notices, announce, focus, onBack, onSummary, onHome }: Props) {
  const { shared, share, copy, close } = useShareLink(pageHref, announce, focus);
  const p = progress(active);
  const group = active.kind === 'consensus';
  return (
    <>
      {notices}
      <h2 id="done-heading" tabIndex={-1}>
        {s.done.heading}
      </h2>
      <p>{p.answered === p.total ? s.done.allAnswered : s.done.missing(p.total - p.answered)}</p>
      <p>{group ? s.done.whyGroup : s.done.whyIndividual}</p>
      <h3>{s.done.howHeading}</h3>
      <ol class="assess-done">
        <li>
          <p>
            {group ? s.done.fileGroup : s.done.fileIndividual} {s.done.fileName(assessmentFileName([active]))}
          </p>
          <FileDownload class="button button--primary" file={exportFile([active])} failed={s.io.loadFailed}>
            {s.done.exportFile}
          </FileDownload>
        </li>
        <li>
          <p>{s.done.link}</p>
          <button
            type="button"
            class="button"
            aria-label={s.list.shareLabel(assessmentLabel(active, { date: false }))}
            onClick={() => void share(active)}
          >
            {s.list.share}
          </button>
          {shared ? <SharePanel url={shared.url} onCopy={(url) => void copy(url)} onClose={() => close('done-heading')} /> : null}
        </li>
      </ol>
      <p>{s.done.later}</p>
      <div class="button-row">
        <button type="button" class="button" onClick={onSummary}>
          {s.flow.toSummary}
        </button>
        <button type="button" class="button" onClick={onBack}>
          {s.done.back}
        </button>
        <button type="button" class="button" onClick={onHome}>
          {s.flow.close}
        </button>
      </div>
    </>
  );
}
