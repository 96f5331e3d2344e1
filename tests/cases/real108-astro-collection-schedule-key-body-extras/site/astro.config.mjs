// @ts-check
import { defineConfig } from 'astro/config';

// https://astro.build/config
export default defineConfig({
  site: 'https://cvu-hci.github.io',
  base: '/cs3750',
  trailingSlash: 'always',
});
