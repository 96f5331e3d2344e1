import { viteBundler } from '@vuepress/bundler-vite'
import { defaultTheme } from '@vuepress/theme-default'
import { defineUserConfig } from 'vuepress'

export default defineUserConfig({
  base: '/cs7643/',
  lang: 'en-US',
  title: 'CS 7643 · Deep Learning for NLP',
  description: 'Spring 2025',
  bundler: viteBundler(),
  theme: defaultTheme({
    navbar: [
      { text: 'Home', link: '/' },
      { text: 'Schedule', link: '/schedule.html' },
      { text: 'Syllabus', link: '/syllabus.html' },
      { text: 'Ed', link: 'https://edstem.org/us/courses/70112' },
    ],
    sidebar: 'heading',
    contributors: false,
  }),
})
