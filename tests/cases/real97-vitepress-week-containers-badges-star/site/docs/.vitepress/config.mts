import { defineConfig } from 'vitepress'

// https://vitepress.dev/reference/site-config
export default defineConfig({
  title: "CS 4973 · LLM Systems",
  description: "Systems for Large Language Models — Northeastern University, Spring 2024",
  base: '/cs4973-s24/',
  cleanUrls: true,
  lastUpdated: true,
  head: [['link', { rel: 'icon', href: '/cs4973-s24/favicon.ico' }]],

  themeConfig: {
    // https://vitepress.dev/reference/default-theme-config
    nav: [
      { text: 'Home', link: '/' },
      { text: 'Schedule', link: '/schedule' },
      { text: 'Syllabus', link: '/syllabus' },
      { text: 'Staff', link: '/staff' },
      { text: 'Ed', link: 'https://edstem.org/us/courses/51234/discussion/' },
      { text: 'Gradescope', link: 'https://www.gradescope.com/courses/712345' }
    ],

    sidebar: [
      {
        text: 'Course',
        items: [
          { text: 'Schedule', link: '/schedule' },
          { text: 'Syllabus', link: '/syllabus' },
          { text: 'Staff & office hours', link: '/staff' }
        ]
      }
    ],

    outline: [2, 3],

    socialLinks: [
      { icon: 'github', link: 'https://github.com/nu-llmsys/cs4973-s24' }
    ],

    footer: {
      message: 'Course materials CC BY-SA 4.0. Built with VitePress.',
      copyright: '© 2024 Khoury College of Computer Sciences'
    },

    search: { provider: 'local' }
  }
})
