// @ts-check
// Docusaurus 3 config for the course site. Deployed by GitHub Actions to gh-pages.
const {themes} = require('prism-react-renderer');

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'CS 4750: Distributed Systems',
  tagline: 'Fall 2025 · Tue/Thu 10:00–11:15 · Rhodes 253',
  favicon: 'img/favicon.ico',
  url: 'https://dsys-lab.github.io',
  baseUrl: '/fa25/',
  organizationName: 'dsys-lab',
  projectName: 'fa25',
  trailingSlash: false,
  onBrokenLinks: 'warn',
  onBrokenMarkdownLinks: 'warn',
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.js',
          editUrl: 'https://github.com/dsys-lab/fa25/tree/main/',
        },
        blog: {
          blogTitle: 'Announcements',
          routeBasePath: 'announcements',
          showReadingTime: false,
        },
        theme: {customCss: './src/css/custom.css'},
      }),
    ],
  ],
  themeConfig:
    /** @type {import('@docusaurus/preset-classic').ThemeConfig} */
    ({
      navbar: {
        title: 'CS 4750',
        items: [
          {type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Course'},
          {to: '/announcements', label: 'Announcements', position: 'left'},
          {href: 'https://edstem.org/us/courses/80412', label: 'Ed', position: 'right'},
          {href: 'https://www.gradescope.com/courses/1019283', label: 'Gradescope', position: 'right'},
        ],
      },
      footer: {
        style: 'dark',
        copyright: `CS 4750 staff, ${new Date().getFullYear()}. Built with Docusaurus.`,
      },
      prism: {theme: themes.github, additionalLanguages: ['go']},
    }),
};

export default config;
