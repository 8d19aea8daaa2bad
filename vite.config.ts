/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { createHash } from 'node:crypto';
import { firstViewGuardScript, PRERENDERED_LANGUAGE } from './src/prerender/firstViewGuard';
import { prerenderFirstView } from './src/prerender/prerenderPlugin';
import { URL_VERSION } from './src/state/viewState';
import { LANGUAGES } from './src/vocabulary';

/** The one inline script: it keeps a link's first paint from showing the prerendered view when the link asks for another. */
const FIRST_VIEW_GUARD = firstViewGuardScript({ prerenderedLanguage: PRERENDERED_LANGUAGE, urlVersion: URL_VERSION, languages: LANGUAGES });
const FIRST_VIEW_GUARD_HASH = `'sha256-${createHash('sha256').update(FIRST_VIEW_GUARD).digest('base64')}'`;

/**
 * Nothing may load from another origin. MapLibre starts its worker from a blob: URL and the
 * basemap is drawn from same-origin files, so 'self' plus blob:/data: is all the app needs.
 * `inline` is for the dev server only, which runs inline scripts and styles of its own (React
 * refresh's preamble, CSS as <style>); every origin rule stays the same there.
 */
function policy({ inline }: { inline: boolean }): string {
  // A hash beside 'unsafe-inline' would switch 'unsafe-inline' off: the dev server has no guard.
  const allowInline = inline ? " 'unsafe-inline'" : '';
  return [
    "default-src 'self'",
    `script-src 'self' ${inline ? "'unsafe-inline'" : FIRST_VIEW_GUARD_HASH}`,
    `style-src 'self'${allowInline}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob: data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

const CONTENT_SECURITY_POLICY = policy({ inline: false });

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The first view's requests start with the page instead of when the map mounts: the basemap's
 * files (fetched by src/map/basemapStyle.ts; `crossorigin` so fetch() reuses the preload) and
 * MapLibre's chunk, which react-map-gl imports dynamically. The shipped atlas is not preloaded:
 * a `?data=` link must never fetch it.
 */
function firstViewPreloads(): Plugin {
  return {
    name: 'first-view-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        const mapLibre = Object.values(bundle ?? {}).find((chunk) => chunk.type === 'chunk' && chunk.name === 'maplibre-gl');
        if (mapLibre === undefined) throw new Error('no maplibre-gl chunk in the bundle: the first view would fetch MapLibre late');
        return [
          ...['basemap/countries-50m.json', 'basemap/country-labels.json', 'basemap/geography.json'].map((href) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${href}` },
            injectTo: 'head' as const,
          })),
          { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${mapLibre.fileName}` }, injectTo: 'head' as const },
        ];
      },
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works from any static host and under any sub-path.
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    firstViewPreloads(),
    prerenderFirstView({ atlasFile: 'public/data/atlas.json', guardScript: FIRST_VIEW_GUARD }),
    // Offline after the first visit: the service worker precaches the shell, the atlas and the
    // basemap, all or nothing per deployment (Workbox), and a new deployment takes over on the
    // next visit (src/features/shell/offlineCopy.ts says so to the visitor).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json}'],
        globIgnores: ['**/*.map', 'bench-data/**'],
        maximumFileSizeToCacheInBytes: 8 * 2 ** 20,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    // .br and .gz beside every text asset, so a static server sends them without compressing per
    // request (tests/e2e/serveDist.mjs, `npm run serve`). Source maps stay plain: only a developer asks.
    compression({ algorithms: ['gzip', 'brotliCompress'], exclude: [/\.map$/] }),
  ],
  // The dev server sends the policy too, so a request to another origin fails in dev as in
  // production; `vite preview` serves the build and sends the build's policy.
  server: { headers: { 'Content-Security-Policy': policy({ inline: true }) } },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  // Source maps beside the assets: the project is open source, and a stack trace should read as code.
  build: { target: 'es2022', chunkSizeWarningLimit: 2000, sourcemap: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/component/setup.ts'],
    // Behaviour, not speed, is under test: a busy two-core machine must not turn a slow test red.
    testTimeout: 30_000,
  },
});
