/**
 * The web app manifest (Swedish), built to /manifest.webmanifest under BASE: start URL and
 * scope are the site's own path, so a site built with BASE=/tsi/ installs as /tsi/ only.
 */
import type { APIRoute } from 'astro';
import { offlineManifest as s } from '../i18n/sv/offline';
import { href } from '../site';
import { THEME_LIGHT } from '../islands/offline/theme';

export const GET: APIRoute = () => {
  const manifest = {
    name: s.name,
    short_name: s.shortName,
    description: s.description,
    lang: 'sv',
    dir: 'ltr',
    id: href(''),
    start_url: href(''),
    scope: href(''),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_LIGHT,
    icons: [
      { src: href('icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: href('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: href('icons/icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: href('favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
