/** The home view: notices, a share link's preview, the import question, the active assessment, start, list, files. */
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/sv';
import { firstUnanswered, progress, type NewAssessment } from '../../lib/assessment';
import { assessmentLabel } from '../../lib/labels';
import type { Assessment } from '../../lib/schema';
import { AssessmentList } from './AssessmentList';
import { ConflictQuestion, FileSection, SharePreview } from './ImportViews';
import { NoticeBox } from './NoticeBox';
import { StartForm } from './StartForm';
import type { Notice } from './messages';
import type { AppScale } from './types';
import type { useImport } from './useImport';

const s = t.assessment;

interface Props {
  list: Assessment[];
  active: Assessment | null;
  scale: AppScale;
  modelVersion: string;
  pageHref: string;
  notices: ComponentChildren;
  notice: Notice | null;
  imports: ReturnType<typeof useImport>;
  onOpen: (a: Assessment) => void;
  onStart: (a: NewAssessment) => void;
  onUndo: (n: Notice) => void;
  say: (n: Notice) => void;
  announce: (text: string) => void;
  focus: (id: string) => void;
}

export function HomeView(props: Props) {
  const { list, active, imports } = props;
  return (
    <>
      {props.notices}
      <NoticeBox notice={props.notice} onUndo={props.onUndo} />
      <SharePreview preview={imports.preview} roles={props.scale.roles} onAnswer={imports.answerPreview} />
      <ConflictQuestion pending={imports.pending} onResolve={imports.resolve} />
      {active ? <ActiveSection active={active} onOpen={props.onOpen} /> : null}
      <StartForm roles={props.scale.roles} onStart={props.onStart} />
      <AssessmentList
        list={list}
        activeId={active?.id ?? null}
        modelVersion={props.modelVersion}
        pageHref={props.pageHref}
        onOpen={props.onOpen}
        say={props.say}
        announce={props.announce}
        focus={props.focus}
      />
      <FileSection list={list} onFile={(input) => void imports.importFile(input)} />
      <section class="notice" aria-labelledby="safety-heading">
        <h2 id="safety-heading">{s.safety.heading}</h2>
        <p>{s.safety.text}</p>
      </section>
    </>
  );
}

function ActiveSection({ active, onOpen }: { active: Assessment; onOpen: (a: Assessment) => void }) {
  const p = progress(active);
  const name = assessmentLabel(active, { date: false });
  return (
    <section aria-labelledby="active-heading">
      <h2 id="active-heading">{s.flow.activeHeading(name)}</h2>
      <p class="assess-progress">{s.flow.progress(p.answered, p.total)}</p>
      <div class="button-row">
        <button type="button" class="button button--primary" onClick={() => onOpen(active)}>
          {firstUnanswered(active) === -1 ? s.summary.heading : s.list.openLabel(name)}
        </button>
      </div>
    </section>
  );
}
