// @ts-check
import {themes as prismThemes} from 'prism-react-renderer';

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'CS 848: Advanced Distributed Systems',
  tagline: 'Winter 2025 · Mondays 2:30–5:20pm · DC 1304',
  favicon: 'img/favicon.ico',
  url: 'https://cs848-uw.github.io',
  baseUrl: '/w25/',
  organizationName: 'cs848-uw',
  projectName: 'w25',
  onBrokenLinks: 'warn',
  onBrokenMarkdownLinks: 'warn',
  i18n: {defaultLocale: 'en', locales: ['en']},
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          sidebarPath: './sidebars.js',
          routeBasePath: '/',
          editUrl: 'https://github.com/cs848-uw/w25/tree/main/',
        },
        blog: {showReadingTime: false, blogTitle: 'Announcements'},
        theme: {customCss: './src/css/custom.css'},
      }),
    ],
  ],
  themeConfig:
    /** @type {import('@docusaurus/preset-classic').ThemeConfig} */
    ({
      navbar: {
        title: 'CS 848',
        items: [
          {type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Course'},
          {to: '/blog', label: 'Announcements', position: 'left'},
          {href: 'https://piazza.com/uwaterloo.ca/winter2025/cs848', label: 'Piazza', position: 'right'},
          {href: 'https://github.com/cs848-uw/w25', label: 'GitHub', position: 'right'},
        ],
      },
      footer: {
        style: 'dark',
        copyright: `CS 848, David R. Cheriton School of Computer Science, University of Waterloo. Built with Docusaurus.`,
      },
      prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
    }),
};

export default config;
