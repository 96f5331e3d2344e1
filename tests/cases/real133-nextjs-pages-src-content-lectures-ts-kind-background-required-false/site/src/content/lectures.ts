import type { Lecture } from '../lib/types';

// CS 329M, Winter 2025. Tue/Thu 1:30-2:50pm, Gates B12.
// Dates are ISO (YYYY-MM-DD); schedule.tsx formats them as "Tue Jan 7".
// Readings: no `kind` = core. Use kind: 'optional' | 'background' for the rest.

export const lectures: Lecture[] = [
  {
    date: '2025-01-07',
    kind: 'lecture',
    title: 'Introduction: what can go wrong?',
    instructor: 'Prof. Rao',
    readings: [
      { title: 'Concrete Problems in AI Safety', url: 'https://arxiv.org/abs/1606.06565', required: true },
      { title: 'Unsolved Problems in ML Safety', url: 'https://arxiv.org/abs/2109.13916', kind: 'background' },
    ],
    slides: 'https://docs.google.com/presentation/d/1hQ3vX8mK2pLw9RtY6nBc0ZsJ4fUe7GiDa5oTqWrE1xM/edit',
    recording: 'https://stanford.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=3f0a1c52-7b9d-4e18-a2c6-b24a0158d2e1',
  },
  {
    date: '2025-01-09',
    kind: 'lecture',
    title: 'Adversarial examples',
    instructor: 'Prof. Rao',
    readings: [
      { title: 'Intriguing properties of neural networks', url: 'https://arxiv.org/abs/1312.6199', venue: 'ICLR 2014' },
      { title: 'Explaining and Harnessing Adversarial Examples', url: 'https://arxiv.org/abs/1412.6572', venue: 'ICLR 2015' },
    ],
    slides: 'https://docs.google.com/presentation/d/1Tz8qB4nW6xLc2VaR0mKj9YuEh3sPf5DgOo7iNbA1wQe/edit',
    recording: 'https://stanford.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=9d4e2b71-0c3a-4f86-b1e5-b24c0158e3f2',
  },
  {
    date: '2025-01-14',
    kind: 'lecture',
    title: 'Evaluating attacks and defenses',
    instructor: 'Prof. Rao',
    readings: [
      {
        cite: 'Carlini & Wagner. Towards Evaluating the Robustness of Neural Networks. IEEE S&P 2017.',
        links: { paper: 'https://arxiv.org/abs/1608.04644', code: 'https://github.com/carlini/nn_robust_attacks' },
      },
      { title: 'Obfuscated Gradients Give a False Sense of Security', url: 'https://arxiv.org/abs/1802.00420', venue: 'ICML 2018', note: 'sections 1–3 and 5' },
      { title: 'Towards Deep Learning Models Resistant to Adversarial Attacks', url: 'https://openreview.net/forum?id=rJzIBfZAb', venue: 'ICLR 2018', kind: 'optional' },
    ],
    slides: 'https://docs.google.com/presentation/d/1pW5cR7nY3mXk0LbT9sJv2QeFh6uGd8AiOz4oKrE1tNa/edit',
    recording: 'https://stanford.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=6b2c8e43-5d1f-4a07-9e3b-b2510158f4a3',
  },
  {
    date: '2025-01-16',
    kind: 'discussion',
    title: 'Paper discussion',
    topic: 'Certified robustness',
    presenters: ['Jun Park', 'Lea Novak'],
    readings: [
      { title: 'Certified Adversarial Robustness via Randomized Smoothing', url: 'https://arxiv.org/abs/1902.02918', venue: 'ICML 2019' },
      {
        title: 'Provable Defenses against Adversarial Examples via the Convex Outer Adversarial Polytope',
        url: 'https://arxiv.org/abs/1711.00851',
        venue: 'ICML 2018',
        required: false,
      },
    ],
  },
  {
    date: '2025-01-20',
    kind: 'holiday',
    title: 'No class: Martin Luther King Jr. Day',
  },
  {
    date: '2025-01-21',
    kind: 'lecture',
    title: 'Data poisoning and backdoors',
    instructor: 'Prof. Rao',
    readings: [
      { title: 'BadNets: Identifying Vulnerabilities in the Machine Learning Model Supply Chain', url: 'https://arxiv.org/abs/1708.06733' },
      { title: 'Poisoning Web-Scale Training Datasets is Practical', url: 'https://arxiv.org/abs/2302.10149', venue: 'IEEE S&P 2024' },
      {
        title: 'Spectral Signatures in Backdoor Attacks',
        url: 'https://papers.nips.cc/paper_files/paper/2018/hash/280cf18baf4311c92aa5a042336587d3-Abstract.html',
        venue: 'NeurIPS 2018',
        kind: 'background',
      },
    ],
    slides: 'https://docs.google.com/presentation/d/1Kd3nE7wR5qYb2XhM9pLt0VsCj6uFz8GaOi4oTeA1rWy/edit',
    recording: 'https://stanford.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=1e7f3d94-2a6b-4c58-8f0d-b2560159a5b4',
  },
  {
    date: '2025-01-23',
    kind: 'lecture',
    title: 'Membership inference',
    instructor: 'Prof. Rao',
    readings: [
      { title: 'Membership Inference Attacks against Machine Learning Models', url: 'https://arxiv.org/abs/1610.05820', venue: 'IEEE S&P 2017' },
      {
        cite: 'Carlini, Chien, Nasr, Song, Terzis, Tramèr. Membership Inference Attacks From First Principles. IEEE S&P 2022.',
        links: { paper: 'https://arxiv.org/abs/2112.03570' },
      },
    ],
    slides: 'https://docs.google.com/presentation/d/1Wm6tB2yV8nXc4LqR0kJh5ZsEf7uGd9PaOo3iNrT1eQb/edit',
    recording: 'https://stanford.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=8c0a5f26-4e3d-4b71-a2f9-b2580159b6c5',
  },
  {
    date: '2025-01-24',
    kind: 'deadline',
    title: 'HW1 due (11:59pm)',
    href: 'https://www.gradescope.com/courses/936614/assignments/5401187',
  },
  {
    date: '2025-01-28',
    kind: 'lecture',
    title: 'Memorization and differential privacy',
    instructor: 'Prof. Rao',
    readings: [
      { title: 'Extracting Training Data from Large Language Models', url: 'https://arxiv.org/abs/2012.07805' },
      { title: 'Deep Learning with Differential Privacy', url: 'https://arxiv.org/abs/1607.00133', venue: 'CCS 2016' },
      {
        title: 'The Algorithmic Foundations of Differential Privacy, ch. 1–2',
        url: 'https://www.cis.upenn.edu/~aaroth/Papers/privacybook.pdf',
        kind: 'background',
      },
      /* Dropped this year (too long for one session):
      { title: 'Quantifying Memorization Across Neural Language Models', url: 'https://arxiv.org/abs/2202.07646' },
      */
    ],
    slides: 'https://docs.google.com/presentation/d/1Xn4cT8zW2mYd6LrS0pKj3VsEg5uHf7QbOa9iMrA1wTc/edit',
    recording: 'https://stanford.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=2d8b6e37-9f1c-4d04-b3a8-b25d0159c7d6',
  },
  {
    date: '2025-01-30',
    kind: 'discussion',
    title: 'Paper discussion',
    topic: 'Model stealing and watermarking',
    presenters: ['Amara Nwosu', 'Diego Ferreira'],
    readings: [
      {
        title: 'Stealing Machine Learning Models via Prediction APIs',
        url: 'https://www.usenix.org/conference/usenixsecurity16/technical-sessions/presentation/tramer',
        venue: 'USENIX Security 2016',
      },
      { title: 'A Watermark for Large Language Models', url: 'https://arxiv.org/abs/2301.10226', venue: 'ICML 2023', kind: 'optional' },
    ],
  },
  {
    date: '2025-02-04',
    kind: 'guest',
    title: 'Guest lecture',
    topic: 'Red-teaming language models in practice',
    speaker: { name: 'Dr. Maya Chen', affiliation: 'Scale AI', url: 'https://mayachen.net/' },
    readings: [
      { title: 'Red Teaming Language Models with Language Models', url: 'https://arxiv.org/abs/2202.03286', venue: 'EMNLP 2022' },
      { title: 'Jailbroken: How Does LLM Safety Training Fail?', url: 'https://arxiv.org/abs/2307.02483', venue: 'NeurIPS 2023' },
      { title: 'Universal and Transferable Adversarial Attacks on Aligned Language Models', arxiv: '2307.15043', kind: 'optional' },
    ],
    recording: 'https://stanford.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=5a3c9d18-6e2f-4a95-8c71-b262015ad8e7',
  },
  {
    date: '2025-02-06',
    kind: 'lecture',
    title: 'Machine unlearning',
    instructor: 'Prof. Rao',
    readings: [
      { title: 'Machine Unlearning', url: 'https://arxiv.org/abs/1912.03817', venue: 'IEEE S&P 2021' },
      {
        title: 'Extracting Training Data from Large Language Models',
        url: 'https://www.usenix.org/conference/usenixsecurity21/presentation/carlini-extracting',
        venue: 'USENIX Security 2021',
        note: 'revisit §6 before class',
        kind: 'background',
      },
    ],
    slides: 'https://docs.google.com/presentation/d/1Bv7dR3xQ9nWc5LmT2pKh8YsEj0uFg6ZaOe4iTrA1yNd/edit',
    recording: 'https://stanford.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=7e1d4a59-3b8c-4f26-9d02-b264015ae9f8',
  },
  {
    date: '2025-02-07',
    kind: 'deadline',
    title: 'Project proposal due (11:59pm)',
    href: 'https://www.gradescope.com/courses/936614/assignments/5401203',
  },
  {
    date: '2025-02-11',
    kind: 'exam',
    title: 'Midterm (in class)',
    materials: [{ label: 'Practice midterm (Winter 2024)', href: '/cs329m-w25/exams/practice-midterm-w24.pdf' }],
  },
  {
    date: '2025-02-13',
    kind: 'lecture',
    title: 'Project pitches',
    materials: [{ label: 'Sign up for a pitch slot', href: 'https://forms.gle/q8RkT3vYxW2mZp7N9' }],
  },
];

export default lectures;
