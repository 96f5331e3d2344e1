// @ts-check
const config = {
  title: 'CS 329S: ML Systems Design',
  url: 'https://cs329s.github.io',
  baseUrl: '/',
  presets: [['classic', { docs: { sidebarPath: require.resolve('./sidebars.js') } }]],
};
module.exports = config;
