/**
 * A rehype plugin for the guide's MDX: content writes root-relative links ("/om-tsi/",
 * "/framgangsfaktorer/x/#exempel"); when the site is built for a sub-path (BASE=/tsi/) they
 * must point into it. The plugin prefixes the base to every root-relative href/src/srcset
 * (never to "//host" URLs, fragments, relative or absolute URLs, nor to a path already
 * under the base). Pure: it only rewrites the tree it is given.
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  /** MDX JSX elements written in the text (<a href="/x/">) keep their attributes here. */
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
}

const URL_PROPS = ['href', 'src', 'poster', 'action'] as const;

/** "/tsi" or "/tsi/" → "/tsi"; "/" or "" → "" (nothing to add). */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  if (!trimmed) return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** Prefixes the base to one root-relative URL; returns every other URL unchanged. */
export function prefixBase(url: string, base: string): string {
  const b = normaliseBase(base);
  if (!b) return url;
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  if (url === b || url.startsWith(`${b}/`) || url.startsWith(`${b}?`) || url.startsWith(`${b}#`)) return url;
  return `${b}${url}`;
}

/** Rewrites a srcset ("/a.png 1x, /b.png 2x"). */
export function prefixSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((part) => {
      const [u = '', ...rest] = part.trim().split(/\s+/);
      return [prefixBase(u, base), ...rest].join(' ');
    })
    .join(', ');
}

/** Rewrites the tree in place; returns how many attributes changed. */
export function prefixTree(tree: HastNode, base: string): number {
  let changed = 0;
  const visit = (node: HastNode) => {
    if (node.type === 'element' && node.properties) {
      for (const prop of URL_PROPS) {
        const v = node.properties[prop];
        if (typeof v === 'string') {
          const next = prefixBase(v, base);
          if (next !== v) {
            node.properties[prop] = next;
            changed++;
          }
        }
      }
      const srcset = node.properties.srcSet ?? node.properties.srcset;
      if (typeof srcset === 'string' || Array.isArray(srcset)) {
        const key = 'srcSet' in node.properties ? 'srcSet' : 'srcset';
        const value = Array.isArray(srcset) ? srcset.join(', ') : srcset;
        const next = prefixSrcset(value, base);
        if (next !== value) {
          node.properties[key] = next;
          changed++;
        }
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
      for (const attr of node.attributes) {
        if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string' || !attr.name) continue;
        const next =
          attr.name === 'srcset' || attr.name === 'srcSet'
            ? prefixSrcset(attr.value, base)
            : (URL_PROPS as readonly string[]).includes(attr.name)
              ? prefixBase(attr.value, base)
              : attr.value;
        if (next !== attr.value) {
          attr.value = next;
          changed++;
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return changed;
}

/** The subset of Sätteri's hast visitor context the plugin uses. */
interface SatteriContext {
  setProperty(node: unknown, key: string, value: unknown): void;
  replaceNode(node: unknown, next: unknown): void;
}

const URL_TAGS = ['a', 'img', 'source', 'video', 'audio', 'track', 'iframe', 'area', 'form', 'link', 'object'];

/**
 * The same rewrite as a Sätteri hast plugin (Astro 7's default Markdown/MDX processor):
 * `markdown: { processor: satteri({ hastPlugins: [satteriBasePlugin(base)] }) }`.
 */
export function satteriBasePlugin(base: string) {
  const jsx = (node: HastNode, ctx: SatteriContext) => {
    const copy: HastNode = { ...node, attributes: (node.attributes ?? []).map((a) => ({ ...a })) };
    if (prefixTree({ type: 'root', children: [{ ...copy, children: [] }] }, base)) {
      // prefixTree rewrote the copy's attribute objects in place.
      ctx.replaceNode(node, { ...node, attributes: copy.attributes });
    }
  };
  return {
    name: 'tsi-base-links',
    element: {
      filter: URL_TAGS,
      visit(node: HastNode, ctx: SatteriContext) {
        for (const prop of [...URL_PROPS, 'srcSet', 'srcset'] as const) {
          const v = node.properties?.[prop];
          if (typeof v !== 'string') continue;
          const next = prop === 'srcSet' || prop === 'srcset' ? prefixSrcset(v, base) : prefixBase(v, base);
          if (next !== v) ctx.setProperty(node, prop, next);
        }
      },
    },
    mdxJsxFlowElement: { filter: URL_TAGS, visit: jsx },
    mdxJsxTextElement: { filter: URL_TAGS, visit: jsx },
  };
}
