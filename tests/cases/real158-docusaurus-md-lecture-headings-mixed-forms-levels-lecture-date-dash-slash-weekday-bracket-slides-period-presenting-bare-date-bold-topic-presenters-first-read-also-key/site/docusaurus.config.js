// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'CS 6501: Efficient Deep Learning Systems',
  tagline: 'Spring 2026 · University of Virginia',
  url: 'https://effml-uva.github.io',
  baseUrl: '/cs6501-sp26/',
  organizationName: 'effml-uva',
  projectName: 'cs6501-sp26',
  onBrokenLinks: 'warn',
  presets: [
    [
      'classic',
      {
        docs: { routeBasePath: '/', sidebarPath: require.resolve('./sidebars.js') },
        blog: { showReadingTime: false, blogTitle: 'News' },
        theme: {},
      },
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'CS 6501',
      items: [
        { to: '/', label: 'Home', position: 'left' },
        { to: '/schedule', label: 'Schedule', position: 'left' },
        { to: '/syllabus', label: 'Syllabus', position: 'left' },
        { to: '/blog', label: 'News', position: 'left' },
        { href: 'https://edstem.org/us/courses/82345', label: 'Ed', position: 'right' },
      ],
    },
  },
};

module.exports = config;
