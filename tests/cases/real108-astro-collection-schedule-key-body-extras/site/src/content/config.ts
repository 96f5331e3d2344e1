import { defineCollection, z } from 'astro:content';

const reading = z.object({
  title: z.string(),
  url: z.string(),
  authors: z.string().optional(),
  optional: z.boolean().default(false),
});

const lectures = defineCollection({
  type: 'content',
  schema: z.object({
    week: z.number(),
    date: z.coerce.date(),
    title: z.string(),
    lecturer: z.string().default('Prof. Daniel Whitfield'),
    slides: z.string().optional(),
    video: z.string().url().optional(),
    due: z.string().optional(),
    readings: z.array(reading).default([]),
    draft: z.boolean().default(false),
  }),
});

export const collections = { lectures };
