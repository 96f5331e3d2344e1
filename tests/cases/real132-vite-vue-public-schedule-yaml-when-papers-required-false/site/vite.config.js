import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// Deployed to GitHub Pages under /csci5980-s25/ by .github/workflows/deploy.yml
export default defineConfig({
  plugins: [vue()],
  base: '/csci5980-s25/',
})
