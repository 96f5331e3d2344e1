// @ts-check
import {themes as prismThemes} from 'prism-react-renderer';

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'INFO 290: Human-Centered AI',
  tagline: 'Spring 2025 · Tue/Thu 2:00–3:30pm · South Hall 210',
  url: 'https://hcai-course.github.io',
  baseUrl: '/info290-sp25/',
  organizationName: 'hcai-course',
  projectName: 'info290-sp25',
  onBrokenLinks: 'warn',
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {sidebarPath: './sidebars.js', routeBasePath: '/'},
        blog: {showReadingTime: false},
        theme: {customCss: './src/css/custom.css'},
      }),
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'INFO 290',
      items: [
        {to: '/schedule', label: 'Schedule', position: 'left'},
        {to: '/blog', label: 'Announcements', position: 'left'},
        {href: 'https://edstem.org/us/courses/72290', label: 'Ed', position: 'right'},
      ],
    },
    prism: {theme: prismThemes.github},
  },
};

export default config;
