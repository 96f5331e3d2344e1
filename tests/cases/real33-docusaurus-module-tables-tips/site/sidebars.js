/** @type {import('@docusaurus/plugin-content-docs').SidebarsConfig} */
const sidebars = {
  course: ['intro', 'schedule'],
};
export default sidebars;
