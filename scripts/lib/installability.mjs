// Chromium's install criteria for a page, checked on the manifest as Chromium itself parsed it
// (DevTools protocol Page.getAppManifest). Used by `npm run bench` (scripts/bench/60-offline.mjs)
// and the e2e test tests/e2e/offline.test.ts.
//
// Why not Lighthouse or Page.getInstallabilityErrors: Lighthouse 12 removed its PWA category
// and the "installable-manifest" audit, and Lighthouse 13 has no manifest audit at all. That
// audit read Page.getInstallabilityErrors, which in the Chromium used here (147) answers with
// no errors for any page, even a JSON file without a manifest, so it cannot fail. The criteria
// below are the ones that audit reported (web.dev "What does it take to be installable?"):
// secure context, a manifest with a name, icons of 192 and 512 px that load as images, a
// start URL, a display mode of standalone, fullscreen or minimal-ui, no prefer_related_applications;
// plus what the former PWA audits added: a service worker that controls the start URL, a
// maskable icon and a theme colour.

/** PNG width and height from its IHDR chunk, or null. */
function pngSize(bytes) {
  if (bytes.length < 24 || bytes[0] !== 0x89 || bytes[1] !== 0x50) return null;
  const dv = new DataView(Uint8Array.from(bytes).buffer);
  return [dv.getUint32(16), dv.getUint32(20)];
}

/**
 * Returns [{ check, ok, detail }] for the page (a Playwright page; its context must allow
 * CDP sessions, i.e. Chromium).
 */
export async function installability(page) {
  const cdp = await page.context().newCDPSession(page);
  const { errors, data, manifest } = await cdp.send('Page.getAppManifest');
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  await cdp.detach();
  const raw = (() => {
    try {
      return JSON.parse(data ?? '');
    } catch {
      return null;
    }
  })();
  const m = manifest ?? {};
  const icons = [];
  for (const icon of m.icons ?? []) {
    const bytes = await page.evaluate(
      (u) =>
        fetch(u).then(
          (r) => (r.ok ? r.arrayBuffer().then((b) => [...new Uint8Array(b.slice(0, 32))]) : []),
          () => [],
        ),
      icon.url,
    );
    icons.push({ ...icon, size: pngSize(bytes) });
  }
  const hasPng = (px) => icons.some((i) => i.size && i.size[0] >= px && i.size[1] >= px && i.sizes?.includes(`${px}x${px}`));
  const sw = await page.evaluate(async (start) => {
    const reg = await navigator.serviceWorker?.getRegistration(start ?? location.href);
    return reg?.active ? { scope: reg.scope, script: reg.active.scriptURL } : null;
  }, m.startUrl ?? null);
  return [
    {
      check: 'Secure context (https or localhost)',
      ok: await page.evaluate(() => isSecureContext),
      detail: new URL(page.url()).origin,
    },
    {
      check: 'Manifest linked and parsed without errors',
      ok: Boolean(raw) && errors.length === 0,
      detail: errors.map((e) => e.message).join('; ') || (raw ? 'ok' : 'no manifest'),
    },
    { check: 'Manifest has name or short_name', ok: Boolean(m.name || m.shortName), detail: m.name ?? m.shortName ?? '–' },
    {
      check: 'Icon of 192×192 px (PNG that loads)',
      ok: hasPng(192),
      detail:
        icons
          .filter((i) => i.size)
          .map((i) => i.size.join('×'))
          .join(', ') || '–',
    },
    { check: 'Icon of 512×512 px (PNG that loads)', ok: hasPng(512), detail: '' },
    { check: 'Start URL', ok: Boolean(raw?.start_url) && Boolean(m.startUrl), detail: m.startUrl ?? '–' },
    {
      check: 'Display standalone, fullscreen or minimal-ui',
      ok: ['kStandalone', 'kFullscreen', 'kMinimalUi'].includes(m.display),
      detail: m.display ?? '–',
    },
    { check: 'prefer_related_applications not set', ok: m.preferRelatedApplications !== true, detail: '' },
    { check: 'Service worker active for the start URL', ok: Boolean(sw), detail: sw ? `${sw.script} (scope ${sw.scope})` : '–' },
    {
      check: 'Maskable icon',
      ok: (raw?.icons ?? []).some((i) =>
        String(i.purpose ?? '')
          .split(/\s+/)
          .includes('maskable'),
      ),
      detail: '',
    },
    { check: 'Theme colour', ok: Boolean(m.themeColor), detail: m.themeColor ?? '–' },
    // Printed for information only (see above: it never reports an error in this Chromium).
    {
      check: 'Page.getInstallabilityErrors (information only)',
      ok: true,
      detail: installabilityErrors.map((e) => e.errorId).join(', ') || 'none reported',
      info: true,
    },
  ];
}
