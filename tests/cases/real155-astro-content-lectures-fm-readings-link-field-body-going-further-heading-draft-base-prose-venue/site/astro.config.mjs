// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// https://astro.build/config
export default defineConfig({
  site: 'https://cs-ucx.github.io',
  base: '/cs598dcn',
  integrations: [mdx()],
  trailingSlash: 'ignore',
});
