// A Vite plugin for the browser build: @astrojs/preact's island renderer (its client.js)
// loads @preact/signals with a dynamic import when an island's props hold Preact signals.
// This site passes no signals (props are plain, serialisable data: src/islands/model-props.ts),
// but the dynamic import alone makes every island page load Vite's preload helper (0.9 KB
// gzip) and precache a signals chunk. So the renderer is built as if no island had signal
// props, and it throws if one ever does, instead of silently ignoring them. If a new version
// of @astrojs/preact changes that line, the build stops here: look at the renderer again.
const FILE = /[\\/]@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/;
const LINE = 'let signalsRaw = element.dataset.preactSignals;';

export function preactNoSignals() {
  return {
    name: 'tsi:preact-no-signals',
    enforce: 'pre',
    applyToEnvironment: (env) => env.config.consumer === 'client',
    transform(code, id) {
      if (!FILE.test(id.split('?')[0])) return null;
      if (!code.includes(LINE)) throw new Error(`tsi:preact-no-signals: "${LINE}" not found in ${id}`);
      return code.replace(
        LINE,
        'if (element.dataset.preactSignals) throw new Error("TSI-boken: island props with Preact signals are not supported (scripts/lib/preact-no-signals.mjs)");\n  let signalsRaw = void 0;',
      );
    },
  };
}
