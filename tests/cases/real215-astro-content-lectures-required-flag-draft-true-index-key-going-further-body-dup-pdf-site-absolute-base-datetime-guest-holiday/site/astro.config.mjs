// @ts-check
import { defineConfig } from 'astro/config';

// https://astro.build/config
export default defineConfig({
  site: 'https://ucsd-dsc.github.io',
  base: '/dsc291',
  trailingSlash: 'always',
});
