// @ts-check
import {themes as prismThemes} from 'prism-react-renderer';

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'COMP 590-172: Robot Learning',
  tagline: 'Fall 2024 · UNC Chapel Hill',
  favicon: 'img/favicon.ico',
  url: 'https://robolearn-unc.github.io',
  baseUrl: '/comp590-fa24/',
  organizationName: 'robolearn-unc',
  projectName: 'comp590-fa24',
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
          editUrl: 'https://github.com/robolearn-unc/comp590-fa24/tree/main/',
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      }),
    ],
  ],
  themeConfig: ({
    navbar: {
      title: 'COMP 590 Robot Learning',
      items: [
        {type: 'docSidebar', sidebarId: 'courseSidebar', position: 'left', label: 'Course'},
        {href: 'https://edstem.org/us/courses/61234', label: 'Ed', position: 'right'},
        {href: 'https://github.com/robolearn-unc/comp590-fa24', label: 'GitHub', position: 'right'},
      ],
    },
    footer: {style: 'dark', copyright: `© ${new Date().getFullYear()} UNC Robotics Group`},
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
  }),
};

export default config;
