/** @type {import('@docusaurus/plugin-content-docs').SidebarsConfig} */
const sidebars = {
  courseSidebar: ['intro', 'schedule', 'syllabus'],
};
export default sidebars;
