import { defineConfig } from 'vitepress'

// https://vitepress.dev/reference/site-config
export default defineConfig({
  title: 'CS 349D',
  description: 'Distributed Systems: Papers and Practice — Spring 2025',
  base: '/cs349-sp25/',
  cleanUrls: true,
  lastUpdated: true,
  themeConfig: {
    nav: [
      { text: 'Home', link: '/' },
      { text: 'Schedule', link: '/schedule' },
      { text: 'Syllabus', link: '/syllabus' },
      { text: 'Staff', link: '/staff' },
      { text: 'Ed', link: 'https://edstem.org/us/courses/71234/discussion' }
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
    socialLinks: [
      { icon: 'github', link: 'https://github.com/cs349-sp25' }
    ],
    footer: {
      message: 'CS 349D, Spring 2025',
      copyright: 'Course materials © the course staff'
    },
    search: { provider: 'local' }
  }
})
