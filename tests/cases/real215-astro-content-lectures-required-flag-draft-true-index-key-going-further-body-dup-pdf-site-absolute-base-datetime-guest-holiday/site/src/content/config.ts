import { defineCollection, z } from 'astro:content';

const lectures = defineCollection({
  type: 'content',
  schema: z.object({
    title: z.string(),
    date: z.coerce.date(),
    draft: z.boolean().default(false),
    slides: z.string().optional(),
    readings: z
      .array(
        z.object({
          title: z.string(),
          url: z.string(),
          required: z.boolean().optional(),
        })
      )
      .default([]),
  }),
});

export const collections = { lectures };
