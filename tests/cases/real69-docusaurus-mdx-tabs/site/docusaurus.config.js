// @ts-check
const {themes} = require('prism-react-renderer');

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'CS 389: Efficient Deep Learning Systems',
  tagline: 'Spring 2025',
  url: 'https://effdl-course.github.io',
  baseUrl: '/cs389-sp25/',
  organizationName: 'effdl-course',
  projectName: 'cs389-sp25',
  onBrokenLinks: 'warn',
  presets: [
    [
      'classic',
      {
        docs: { routeBasePath: '/', sidebarPath: require.resolve('./sidebars.js') },
        blog: false,
        theme: { customCss: require.resolve('./src/css/custom.css') },
      },
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'CS 389',
      items: [
        { to: '/', label: 'Home', position: 'left' },
        { to: '/schedule', label: 'Schedule', position: 'left' },
        { href: 'https://edstem.org/us/courses/71234', label: 'Ed', position: 'right' },
      ],
    },
    prism: { theme: themes.github },
  },
};

module.exports = config;
