/**
 * "Ladda ner som Word": loads the Word module (and the docx library) with import() only when
 * clicked, makes the file and downloads it. The radar comes from the chart's print image.
 */
import { useState } from 'preact/hooks';
import type { ReportModel, ReportModelSource } from '../../lib/report';
import { wordFileName } from '../../lib/report-files';
import { t } from '../../i18n/sv';

const r = t.report;

export function WordButton({ report, model }: { report: ReportModel; model: ReportModelSource }) {
  const [state, setState] = useState<{ busy: boolean; text: string; error: boolean }>({ busy: false, text: '', error: false });
  const download = async () => {
    if (state.busy) return;
    setState({ busy: true, text: r.wordBusy, error: false });
    try {
      const { reportDocx } = await import('./word');
      const img = document.querySelector<HTMLImageElement>('#rapport-radar-print');
      const png = img?.getAttribute('src') ?? null;
      const alt = document.querySelector('#rapport-radar-summary')?.textContent ?? '';
      const blob = await reportDocx(report, model, { png, width: img?.naturalWidth ?? 1, height: img?.naturalHeight ?? 1, alt });
      const name = wordFileName(report);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      setState({ busy: false, text: r.wordDone(name), error: false });
    } catch {
      setState({ busy: false, text: r.wordFailed, error: true });
    }
  };
  return (
    <>
      <button type="button" class="button" onClick={download} aria-describedby="word-status">
        {r.word}
      </button>
      <span id="word-status" class={`word-status${state.error ? ' notice notice--error' : ''}`} role="status">
        {state.text}
      </span>
    </>
  );
}
