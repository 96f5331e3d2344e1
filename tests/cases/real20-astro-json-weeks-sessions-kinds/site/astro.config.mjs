// @ts-check
import { defineConfig } from 'astro/config';

// Deployed to GitHub Pages by .github/workflows/deploy.yml
export default defineConfig({
  site: 'https://mlsys-uw.github.io',
  base: '/cse599m-sp26',
  trailingSlash: 'always',
});
