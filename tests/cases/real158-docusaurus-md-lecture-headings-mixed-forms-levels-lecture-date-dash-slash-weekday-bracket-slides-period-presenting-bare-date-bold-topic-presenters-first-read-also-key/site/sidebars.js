module.exports = {
  course: ['index', 'schedule', 'syllabus'],
};
