// A service worker that removes itself, for a deployment that is withdrawn or moved (README,
// "Fungerar utan nätverk"). Put it on the server in place of the site's sw.js, at the same
// address, served with Cache-Control: no-cache. Browsers that still have the site's worker
// fetch it at their next update check; it then takes over at once, empties the site's caches
// (only those of its own scope) and unregisters. It has no fetch handler, so from then on every
// request goes to the server. Open pages are not reloaded (someone may be typing). Data in
// localStorage (the assessments) is not touched.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const scope = self.registration.scope;
      for (const key of await caches.keys()) if (key.includes(scope)) await caches.delete(key);
      await self.registration.unregister();
    })(),
  );
});
