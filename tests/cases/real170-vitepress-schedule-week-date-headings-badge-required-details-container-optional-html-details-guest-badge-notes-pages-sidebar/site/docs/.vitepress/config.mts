import { defineConfig } from 'vitepress'

export default defineConfig({
  title: 'CS 4740 NLP',
  description: 'Natural Language Processing, Spring 2026',
  base: '/cs4740/',
  themeConfig: {
    nav: [
      { text: 'Schedule', link: '/schedule' },
      { text: 'Notes', link: '/lectures/' },
    ],
    sidebar: {
      '/lectures/': [
        { text: 'Lecture notes', items: [
          { text: 'Tokenization', link: '/lectures/tokenization' },
          { text: 'Attention', link: '/lectures/attention' },
        ] },
      ],
    },
  },
})
