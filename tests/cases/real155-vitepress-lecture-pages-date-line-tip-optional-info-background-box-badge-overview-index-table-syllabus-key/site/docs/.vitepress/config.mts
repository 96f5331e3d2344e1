import { defineConfig } from 'vitepress'

export default defineConfig({
  title: 'CS 6410: Advanced Systems',
  description: 'Spring 2026 · Tue/Thu 10:10–11:25 · Gates G01',
  base: '/cs6410-sp26/',
  cleanUrls: true,
  themeConfig: {
    nav: [
      { text: 'Syllabus', link: '/syllabus' },
      { text: 'Lectures', link: '/lectures/' },
      { text: 'Projects', link: '/projects' },
      { text: 'Ed', link: 'https://edstem.org/us/courses/73310' },
    ],
    sidebar: {
      '/lectures/': [
        {
          text: 'Lectures',
          items: [
            { text: '1. Introduction', link: '/lectures/01-intro' },
            { text: '2. Microkernels', link: '/lectures/02-microkernels' },
            { text: '3. Virtual memory', link: '/lectures/03-vm' },
            { text: '4. File systems', link: '/lectures/04-fs' },
            { text: '5. (no class)', link: '/lectures/05-break' },
            { text: '6. Crash consistency', link: '/lectures/06-crash' },
            { text: '7. Midterm', link: '/lectures/07-midterm' },
            { text: '8. Virtualization', link: '/lectures/08-virtualization' },
            { text: '9. Scheduling', link: '/lectures/09-scheduling' },
            { text: '10. Events vs. threads', link: '/lectures/10-events' },
            { text: '11. Time and RPC', link: '/lectures/11-time-rpc' },
          ],
        },
      ],
    },
    socialLinks: [{ icon: 'github', link: 'https://github.com/cornell-cs6410/sp26' }],
  },
})
