module.exports = {
  title: 'CS 4672: Computer Vision',
  description: 'Spring 2025, Cornell Tech-style course site',
  base: '/cs4672/',
  dest: 'dist',
  themeConfig: {
    repo: 'cs4672-staff/cs4672-site',
    editLinks: false,
    lastUpdated: 'Last updated',
    nav: [
      { text: 'Home', link: '/' },
      { text: 'Schedule', link: '/schedule.html' },
      { text: 'Syllabus', link: '/syllabus.html' },
      { text: 'Ed', link: 'https://edstem.org/us/courses/70312' },
      { text: 'Gradescope', link: 'https://www.gradescope.com/courses/955120' }
    ],
    sidebar: ['/', '/schedule', '/syllabus']
  },
  markdown: {
    lineNumbers: false
  }
}
