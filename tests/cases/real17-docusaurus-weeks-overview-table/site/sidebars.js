/** @type {import('@docusaurus/plugin-content-docs').SidebarsConfig} */
const sidebars = {
  course: ['intro', 'schedule', 'policies'],
};
export default sidebars;
