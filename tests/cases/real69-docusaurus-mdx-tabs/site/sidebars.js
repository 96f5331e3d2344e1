module.exports = {
  course: ['intro', 'schedule', 'logistics'],
};
