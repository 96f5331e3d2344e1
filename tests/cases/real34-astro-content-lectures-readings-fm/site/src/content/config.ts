import { defineCollection, z } from 'astro:content';

const lectures = defineCollection({
  type: 'content',
  schema: z.object({
    title: z.string(),
    date: z.coerce.date(),
    slides: z.string().optional(),
    recording: z.string().url().optional(),
    draft: z.boolean().default(false),
    readings: z.array(z.object({
      title: z.string(),
      url: z.string(),
      authors: z.string().optional(),
      optional: z.boolean().default(false),
    })).default([]),
  }),
});

export const collections = { lectures };
