// Shown on the home page, newest first.
export const announcements = [
  {
    date: '2025-01-29',
    html: 'HW2 is out on <a href="https://www.gradescope.com/courses/936614">Gradescope</a>. Due Feb 14.',
  },
  {
    date: '2025-01-15',
    html: 'Thursday\'s presenters will also touch on <a href="https://arxiv.org/abs/1902.06705">On Evaluating Adversarial Robustness</a>, if you want a checklist.',
  },
  {
    date: '2025-01-06',
    html: 'Welcome! Please fill in the <a href="https://forms.gle/Vt2bHq9Lm4sXc8RkA">background survey</a> before Thursday.',
  },
];
