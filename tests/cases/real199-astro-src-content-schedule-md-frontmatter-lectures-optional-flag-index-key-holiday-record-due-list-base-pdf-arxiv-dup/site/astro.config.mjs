import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'https://mlsys-course.github.io',
  base: '/cs598',
});
