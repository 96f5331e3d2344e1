// @ts-check
import { defineConfig } from 'astro/config';
import tailwind from '@astrojs/tailwind';

export default defineConfig({
  site: 'https://cmu-llm-systems.github.io',
  base: '/11868',
  integrations: [tailwind()],
});
