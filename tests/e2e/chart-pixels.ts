/**
 * Pixels of a chart as the screen shows it: the element's screenshot, counted in the page. A
 * canvas drawn by the chart worker cannot be read with getContext (its control was handed to the
 * worker), so the tests read what is painted instead, the same way for both drawing paths.
 */
import type { Page } from 'playwright-core';

/**
 * Without `rgb`: pixels unlike the element's top-left pixel (the background), 0 = nothing drawn.
 * With `rgb`: pixels within a small distance of that colour.
 */
export async function chartPixels(page: Page, selector: string, rgb?: [number, number, number]): Promise<number> {
  const png = (await page.locator(selector).screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, rgb }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const [r, g, b] = rgb ?? [d[0]!, d[1]!, d[2]!];
      const tolerance = rgb ? 30 : 24;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        const near = Math.abs(d[i]! - r) + Math.abs(d[i + 1]! - g) + Math.abs(d[i + 2]! - b) < tolerance;
        if (rgb ? near : !near) n++;
      }
      return n;
    },
    { png, rgb },
  );
}
