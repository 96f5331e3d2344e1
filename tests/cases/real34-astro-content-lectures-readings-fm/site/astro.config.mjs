// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// https://astro.build/config
export default defineConfig({
  site: 'https://efficient-dl.github.io',
  base: '/cse599d-sp25',
  integrations: [mdx()],
  markdown: { shikiConfig: { theme: 'github-light' } },
});
