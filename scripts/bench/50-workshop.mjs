// Workshop and county comparison at scale: merging 300 participant files, drawing the workshop
// view with 300 participants in Chromium, and comparing 290 municipalities (every kommun).
// Synthetic, deterministic data from scripts/synthetic.mjs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { municipalityDocs, participantDocs } from '../synthetic.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => x.toFixed(1);

/** Records in the page when the file input fires 'change' (the files have arrived). */
function markChange(page) {
  return page.evaluate(() => {
    document.addEventListener('change', () => (window.__tsiChange = performance.now()), { capture: true, once: true });
  });
}
/** Time from that 'change' to the next painted frame after the view is complete. */
function sinceChange(page) {
  return page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now() - window.__tsiChange), 0))),
  );
}
/** Time from 'change' until the files were read and validated (mark set by the island). */
function parsedAfterChange(page) {
  return page.evaluate(() => performance.getEntriesByName('tsi:files-parsed').at(-1).startTime - window.__tsiChange);
}

export default async function ({ load, browser, baseUrl, report }) {
  const { findDuplicate } = await load('/src/lib/workshop-load.ts');
  const { parseImportText: parseAssessmentFile } = await load('/src/lib/io.ts');
  const { aggregateWorkshop } = await load('/src/lib/aggregate.ts');
  const { countyMatrix, sortRows } = await load('/src/lib/county-comparison.ts');

  const people = participantDocs(300, 1).map((d) => JSON.stringify(d));
  const kommuner = municipalityDocs(290, 2).map((d) => JSON.stringify(d));

  // 1. Merge 300 participant files: parse + validate each, duplicate check, aggregate.
  const mergeTimes = [];
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now();
    const loaded = [];
    for (const text of people) {
      const r = parseAssessmentFile(text);
      if (!r.ok) throw new Error(`synthetic participant file rejected: ${JSON.stringify(r.error)}`);
      for (const a of r.assessments) if (findDuplicate(loaded, a) < 0) loaded.push(a);
    }
    aggregateWorkshop(loaded);
    mergeTimes.push(performance.now() - t0);
    if (loaded.length !== 300) throw new Error(`expected 300 participants, got ${loaded.length}`);
  }
  report('Workshop: merge 300 participant files (parse+validate+aggregate, median of 7)', ms(median(mergeTimes)), 'ms');

  // 2. Compare 290 municipalities in the lib: parse + validate, matrix, sort by a factor.
  const cmpTimes = [];
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now();
    const list = kommuner.flatMap((text) => {
      const r = parseAssessmentFile(text);
      if (!r.ok) throw new Error('synthetic municipality file rejected');
      return r.assessments;
    });
    const m = countyMatrix(list);
    sortRows(m.rows, 'samordna-strukturen', 'descending');
    cmpTimes.push(performance.now() - t0);
  }
  report('Jämför: 290 municipalities (parse+validate+matrix+sort, median of 7)', ms(median(cmpTimes)), 'ms');

  // 3. In Chromium, through the real pages and their file inputs.
  const dir = mkdtempSync(join(tmpdir(), 'tsi-bench-'));
  try {
    const peopleFiles = people.map((text, i) => {
      const p = join(dir, `deltagare-${i + 1}.json`);
      writeFileSync(p, text);
      return p;
    });
    const kommunFiles = kommuner.map((text, i) => {
      const p = join(dir, `kommun-${i + 1}.json`);
      writeFileSync(p, text);
      return p;
    });
    const b = await browser();
    const drawTimes = [];
    const wallTimes = [];
    const readTimes = [];
    const keyTimes = [];
    for (let run = 0; run < 5; run++) {
      const context = await b.newContext();
      const page = await context.newPage();
      await page.goto(new URL('workshop/', baseUrl).href);
      await page.waitForSelector('#wk-files');
      await markChange(page);
      const t0 = performance.now();
      await page.setInputFiles('#wk-files', peopleFiles);
      await page.waitForFunction(
        () =>
          document.querySelectorAll('.wk-people tbody tr').length === 300 &&
          document.querySelectorAll('.wk-factor').length === 10,
        null,
        { polling: 'raf', timeout: 30_000 },
      );
      const inPage = await sinceChange(page);
      drawTimes.push(inPage);
      readTimes.push(await parsedAfterChange(page));
      wallTimes.push(performance.now() - t0);
      // Typing in a decision field must not redraw the 3000 markers: time per keystroke in the page.
      await page.fill('#wk-org', 'Syntetisk kommun');
      const perKey = await page.evaluate(async () => {
        const ta = document.querySelector('textarea[id$="-evidence"]');
        ta.focus();
        const times = [];
        for (let i = 0; i < 20; i++) {
          const t = performance.now();
          ta.value += 'x';
          ta.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        return times[10];
      });
      keyTimes.push(perKey);
      await context.close();
    }
    report('Workshop: 300 files handed to /workshop/ → view drawn, in the page (median of 5)', ms(median(drawTimes)), 'ms');
    report('  of which reading + validating the 300 files in the page', ms(median(readTimes)), 'ms');
    report('  same, wall clock incl. Playwright sending 300 files over CDP', ms(median(wallTimes)), 'ms');
    report(
      'Workshop: one keystroke in a decision field with 300 participants (to next frame, median)',
      ms(median(keyTimes)),
      'ms',
    );

    const cmpDraw = [];
    const cmpWall = [];
    const sortTimes = [];
    for (let run = 0; run < 5; run++) {
      const context = await b.newContext();
      const page = await context.newPage();
      await page.goto(new URL('jamfor/', baseUrl).href);
      await page.waitForSelector('#cmp-files');
      await markChange(page);
      const t0 = performance.now();
      await page.setInputFiles('#cmp-files', kommunFiles);
      await page.waitForFunction(() => document.querySelectorAll('.cmp-table tbody tr').length === 290, null, {
        polling: 'raf',
        timeout: 30_000,
      });
      cmpDraw.push(await sinceChange(page));
      cmpWall.push(performance.now() - t0);
      // Sorting the 290 rows by a factor (click → next painted frame).
      sortTimes.push(
        await page.evaluate(async () => {
          const t = performance.now();
          document.querySelectorAll('.cmp-table thead th button')[3].click();
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return performance.now() - t;
        }),
      );
    }
    report('Jämför: 290 files handed to /jamfor/ → table drawn, in the page (median of 5)', ms(median(cmpDraw)), 'ms');
    report('  same, wall clock incl. Playwright sending 290 files over CDP', ms(median(cmpWall)), 'ms');
    report('Jämför: sort 290 municipalities by a factor (click → next frame, median of 5)', ms(median(sortTimes)), 'ms');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
