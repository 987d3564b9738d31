import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * The guide's text. Each file's frontmatter is validated here; a broken frontmatter fails
 * the build with Astro's message naming the file and the field.
 *  - kind "start": the start page (/), "page": a page with its own route, "factor": one of
 *    the ten success-factor chapters (/framgangsfaktorer/<id>/), which must name its number.
 */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: z
    .object({
      title: z.string().min(1),
      /** Shorter title for navigation and cards. */
      navTitle: z.string().min(1).max(60).optional(),
      /** One or two sentences: meta description, cards, search result excerpt. */
      summary: z.string().min(20).max(300),
      kind: z.enum(['start', 'page', 'factor']),
      factor: z.number().int().min(1).max(10).optional(),
      /** Route for kind "page", without slashes, e.g. "om-tsi" or "sjalvskattning/genomfora". */
      route: z
        .string()
        .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/)
        .optional(),
      /** Date the text was last changed (shown as "Senast ändrad"). */
      updated: z.coerce.date(),
    })
    .superRefine((d, ctx) => {
      if (d.kind === 'factor' && d.factor === undefined)
        ctx.addIssue({ code: 'custom', path: ['factor'], message: 'a factor chapter must give its number 1–10' });
      if (d.kind !== 'factor' && d.factor !== undefined)
        ctx.addIssue({ code: 'custom', path: ['factor'], message: 'only factor chapters have a factor number' });
      if (d.kind === 'page' && !d.route) ctx.addIssue({ code: 'custom', path: ['route'], message: 'a page must give its route' });
    }),
});

export const collections = { chapters };
