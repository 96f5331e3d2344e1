module.exports = { course: ['intro', 'schedule'] };
