import { defineConfig } from 'vitepress'

export default defineConfig({
  title: 'COMP 412: Compiler Construction',
  description: 'Spring 2025',
  base: '/comp412/',
  themeConfig: {
    nav: [
      { text: 'Schedule', link: '/schedule' },
      { text: 'Labs', link: '/labs/' },
      { text: 'Staff', link: '/staff' }
    ],
    socialLinks: [{ icon: 'github', link: 'https://github.com/comp412-s25' }]
  }
})
