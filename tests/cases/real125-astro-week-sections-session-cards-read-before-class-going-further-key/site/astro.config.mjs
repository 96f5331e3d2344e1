// @ts-check
import { defineConfig } from 'astro/config';

// Deployed to GitHub Pages as a project site.
export default defineConfig({
  site: 'https://infovis-northfield.github.io',
  base: '/info6320-fa25',
  trailingSlash: 'ignore',
});
