module.exports = { course: ['intro', 'schedule', 'policies'] };
