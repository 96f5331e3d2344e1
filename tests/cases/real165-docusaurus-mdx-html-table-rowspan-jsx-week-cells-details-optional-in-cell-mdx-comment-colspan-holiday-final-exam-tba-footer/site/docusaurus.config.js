// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'LING 575: Neural Language Models',
  tagline: 'Winter 2025',
  url: 'https://uw-ling575.github.io',
  baseUrl: '/ling575/',
  organizationName: 'uw-ling575',
  projectName: 'ling575',
  presets: [
    ['classic', { docs: { sidebarPath: require.resolve('./sidebars.js') }, blog: { showReadingTime: false } }],
  ],
};
module.exports = config;
