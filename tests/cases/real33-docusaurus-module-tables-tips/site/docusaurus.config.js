// @ts-check
import {themes as prismThemes} from 'prism-react-renderer';

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'DSC 291: Data Privacy',
  tagline: 'Fall 2025 · Mon/Wed 9:30–10:50 · CSB 002',
  favicon: 'img/favicon.ico',
  url: 'https://privacy-ds.github.io',
  baseUrl: '/dsc291-fa25/',
  organizationName: 'privacy-ds',
  projectName: 'dsc291-fa25',
  onBrokenLinks: 'warn',
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {sidebarPath: './sidebars.js', routeBasePath: '/'},
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      }),
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'DSC 291',
      items: [
        {to: '/', label: 'Home', position: 'left'},
        {to: '/schedule', label: 'Schedule', position: 'left'},
        {href: 'https://piazza.com/ucsd/fall2025/dsc291', label: 'Piazza', position: 'right'},
      ],
    },
    prism: {theme: prismThemes.github},
  },
};

export default config;
