/**
 * The report as a Word file (.docx), made with the `docx` library. This module is loaded with
 * import() only when "Ladda ner som Word" is used, so neither it nor docx weighs on the page.
 * The same sections and tables as the printed report; the radar is the chart's print image
 * (a PNG). Every page has the running header and "Sida X av Y" in the footer.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDate, assessmentLabel, type ReportModel, type ReportModelSource, type ReportFactor } from '../../lib/report';
import { summarize } from '../../lib/summary';
import { stateText } from '../../lib/chart-data';
import { statusCounts } from '../../lib/follow-up';
import { statusName, summarySentences } from '../../i18n/sv/report';
import { t } from '../../i18n/sv';

const s = t.profile;
const r = t.report;

const heading = (text: string, level: 1 | 2 | 3 = 2) =>
  new Paragraph({
    text,
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    keepNext: true,
  });
const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });

/** A table with a header row repeated on every page; cells are plain text. */
function table(head: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: text.split('\n').map((line) => para(line, bold)) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c)) })),
    ],
  });
}

const gapWords = { unknown: s.unknown, unanswered: s.unanswered };

function facts(report: ReportModel): string[][] {
  const d = report.decision;
  const people = report.hideNames
    ? r.participantsHidden(report.participants.length)
    : report.participants.map((p) => (p.name ? `${p.name}, ${p.role.toLocaleLowerCase('sv')}` : p.role)).join('\n');
  return [
    report.title ? [r.assessmentTitle, report.title] : null,
    [r.date, formatDate(report.createdAt)],
    [r.kind, s.kind[report.kind]],
    report.participants.length ? [r.participants, people] : null,
    [r.modelVersion, report.modelVersion],
    d?.by.trim() ? [r.decisionBy, d.by] : null,
    d?.date ? [r.decisionDate, d.date] : null,
    d?.reference.trim() ? [r.decisionReference, d.reference] : null,
  ].filter((x): x is string[] => x !== null);
}

function sinceLast(report: ReportModel, model: ReportModelSource): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const c = report.followUp;
  const name = (st: ReportFactor['state']) => stateText({ state: st }, model, gapWords);
  if (c) {
    out.push(para(r.followUpAgainst(assessmentLabel(c.earlier))));
    out.push(
      table(
        [s.table.factor, s.change.beforeNamed(assessmentLabel(c.earlier)), s.change.now],
        c.factors.map((f) => [`${f.number}. ${report.factors[f.number - 1]!.title}`, name(f.before), name(f.after)]),
      ),
    );
  }
  const loop = report.loop;
  if (loop) {
    const n = statusCounts(loop.rows);
    out.push(heading(r.loopPlanHeading, 3));
    out.push(
      para(`${r.loopIntro(formatDate(loop.previousDate))} ${r.loopCounts(n.genomfort, n.pagar, n['inte-paborjat'], n.struket)}`),
    );
    out.push(
      table(
        [s.table.factor, r.loopStep, r.owner, r.due, r.status],
        loop.rows.map((x) => [
          `${x.factor.number}. ${x.factor.title}`,
          x.step,
          x.owner,
          x.due,
          [statusName[x.status], x.comment.trim()].filter(Boolean).join('\n'),
        ]),
      ),
    );
  }
  return out.length ? [heading(r.loopHeading), ...out] : [];
}

/** PNG bytes of a data URL, or null. */
function pngBytes(dataUrl: string | null): Uint8Array | null {
  if (!dataUrl?.startsWith('data:image/png;base64,')) return null;
  const bin = atob(dataUrl.slice('data:image/png;base64,'.length));
  return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
}

export async function reportDocx(
  report: ReportModel,
  model: ReportModelSource,
  radar: { png: string | null; width: number; height: number; alt: string },
): Promise<Blob> {
  const running = r.running(report.organisation, report.title.trim(), formatDate(report.createdAt));
  const png = pngBytes(radar.png);
  const width = 600;
  const children: (Paragraph | Table)[] = [
    para(r.title),
    heading(report.organisation, 1),
    table([r.organisation, report.organisation], facts(report)),
    heading(r.summaryHeading),
    ...summarySentences(summarize(report)).map((line) => para(line)),
    heading(r.legendHeading, 3),
    para(r.legendIntro),
    ...model.scale.levels.map(
      (l) =>
        new Paragraph({
          children: [
            new TextRun({ text: s.levelText(l.level, l.name), bold: true }),
            new TextRun(l.summary ? ` – ${l.summary}` : ''),
          ],
        }),
    ),
    heading(s.profile.distribution, 3),
    table(
      [s.table.level, s.table.count],
      [
        ...report.scores.distribution.map((n, level) => [s.levelText(level, model.scale.levels[level]?.name ?? ''), String(n)]),
        [s.unknown, String(report.scores.unknown)],
        [s.unanswered, String(report.scores.unanswered)],
      ],
    ),
    heading(r.planHeading),
    para(report.plan.chosen ? r.planIntroChosen : r.planIntroDefault),
    report.plan.rows.length
      ? table(
          [r.position, s.table.factor, r.nextStep, r.owner, r.due, r.status],
          report.plan.rows.map((row) => [
            String(row.position),
            `${row.factor.number}. ${row.factor.title}\n${stateText(row.factor, model, gapWords)}`,
            row.factor.nextStep,
            row.factor.owner.trim(),
            row.factor.due,
            [statusName[row.status], row.comment.trim()].filter(Boolean).join('\n'),
          ]),
        )
      : para(r.planEmpty),
    ...sinceLast(report, model),
    heading(r.profileHeading),
    png
      ? new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: { width, height: Math.round((width * radar.height) / Math.max(1, radar.width)) },
              altText: { name: s.profile.radarTitle, title: s.profile.radarTitle, description: radar.alt },
            }),
          ],
        })
      : para(radar.alt),
    table(
      [s.table.factor, s.table.level],
      report.factors.map((f) => [`${f.number}. ${f.title}`, stateText(f, model, gapWords)]),
    ),
  ];
  if (report.disagreements?.length) {
    children.push(heading(r.disagreementHeading), para(r.disagreementIntro));
    children.push(
      table(
        [s.table.factor, r.lowest, r.highest, r.agreed, r.resolution],
        report.disagreements.map((d) => [
          `${d.number}. ${d.title}`,
          d.min === null ? '–' : String(d.min),
          d.max === null ? '–' : String(d.max),
          stateText({ state: d.agreed }, model, gapWords),
          d.resolution.trim(),
        ]),
      ),
    );
  }
  children.push(heading(r.factorsHeading));
  for (const f of report.factors) {
    children.push(heading(`${f.number}. ${f.title}`, 3));
    children.push(
      para(`${r.levelLabel}: ${stateText(f, model, gapWords)}${f.levelDescription ? ` – ${f.levelDescription}` : ''}`),
    );
    if (f.evidence.trim()) children.push(para(r.evidence, true), para(f.evidence));
    if (f.notes.trim()) children.push(para(r.notes, true), para(f.notes));
    if (f.nextStep) children.push(para(r.nextStep, true), para(f.nextStep));
  }
  const doc = new Document({
    title: r.docTitle(report.organisation),
    creator: t.common.siteName,
    sections: [
      {
        headers: { default: new Header({ children: [para(running)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBlob(doc);
}
