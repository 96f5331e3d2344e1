// @ts-check
const config = {
  title: 'CS 6784: Robot Learning',
  tagline: 'Cornell Tech, Spring 2025',
  url: 'https://cornell-robot-learning.github.io',
  baseUrl: '/cs6784-sp25/',
  organizationName: 'cornell-robot-learning',
  projectName: 'cs6784-sp25',
  onBrokenLinks: 'warn',
  presets: [
    [
      'classic',
      ({
        docs: { sidebarPath: require.resolve('./sidebars.js'), routeBasePath: '/' },
        blog: { showReadingTime: false },
        theme: { customCss: require.resolve('./src/css/custom.css') },
      }),
    ],
  ],
};
module.exports = config;
