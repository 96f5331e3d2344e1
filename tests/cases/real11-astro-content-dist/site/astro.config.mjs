import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://cs224w-notes.github.io', base: '/' });
