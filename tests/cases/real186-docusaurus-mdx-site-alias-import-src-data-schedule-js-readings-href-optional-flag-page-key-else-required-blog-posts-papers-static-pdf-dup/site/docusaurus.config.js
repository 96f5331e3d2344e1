// @ts-check
const config = {
  title: 'CSE 599: Deep Reinforcement Learning',
  url: 'https://courses.cs.washington.edu',
  baseUrl: '/courses/cse599r/25wi/',
  onBrokenLinks: 'warn',
  presets: [['classic', { docs: { sidebarPath: require.resolve('./sidebars.js') }, blog: { showReadingTime: false } }]],
};
module.exports = config;
