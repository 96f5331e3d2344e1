// @ts-check
import {themes as prismThemes} from 'prism-react-renderer';

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'CS 8803 HAI: Human–AI Interaction',
  tagline: 'Spring 2025 · Georgia Tech',
  favicon: 'img/favicon.ico',

  url: 'https://hai-course.github.io',
  baseUrl: '/cs8803-sp25/',

  organizationName: 'hai-course',
  projectName: 'cs8803-sp25',

  onBrokenLinks: 'warn',
  onBrokenMarkdownLinks: 'warn',

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          sidebarPath: './sidebars.js',
          routeBasePath: 'course',
        },
        blog: {
          routeBasePath: 'lectures',
          blogTitle: 'Lectures',
          blogDescription: 'One post per week: topic, readings, slides',
          blogSidebarTitle: 'All weeks',
          blogSidebarCount: 'ALL',
          showReadingTime: false,
          postsPerPage: 'ALL',
        },
        theme: {
          customCss: './src/css/custom.css',
        },
      }),
    ],
  ],

  themeConfig:
    /** @type {import('@docusaurus/preset-classic').ThemeConfig} */
    ({
      navbar: {
        title: 'CS 8803 HAI',
        items: [
          {type: 'docSidebar', sidebarId: 'courseSidebar', position: 'left', label: 'Course info'},
          {to: '/lectures', label: 'Lectures', position: 'left'},
          {to: '/lectures/tags/announcement', label: 'Announcements', position: 'left'},
          {href: 'https://edstem.org/us/courses/70412', label: 'Ed', position: 'right'},
        ],
      },
      footer: {
        style: 'dark',
        copyright: `© ${new Date().getFullYear()} CS 8803 HAI staff. Built with Docusaurus.`,
      },
      prism: {
        theme: prismThemes.github,
      },
    }),
};

export default config;
