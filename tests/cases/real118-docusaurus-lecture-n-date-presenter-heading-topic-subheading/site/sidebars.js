/** @type {import('@docusaurus/plugin-content-docs').SidebarsConfig} */
const sidebars = {
  course: ['intro', 'schedule', 'presenting', 'staff'],
};
export default sidebars;
