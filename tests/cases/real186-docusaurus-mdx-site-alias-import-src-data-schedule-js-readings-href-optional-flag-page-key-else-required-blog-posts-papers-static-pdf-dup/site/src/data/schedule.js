// Winter 2025 schedule. Rendered by src/components/ScheduleTable.
export const lectures = [
  {
    date: 'Tue Jan 7',
    title: 'Introduction & MDPs',
    slides: '/slides/01-intro.pdf',
    readings: [
      { title: 'Sutton & Barto, ch. 3', href: 'http://incompleteideas.net/book/RLbook2020.pdf#page=69' },
    ],
  },
  {
    date: 'Thu Jan 9',
    title: 'Value-based deep RL',
    slides: '/slides/02-dqn.pdf',
    readings: [
      { title: 'Human-level control through deep reinforcement learning', href: 'https://www.nature.com/articles/nature14236' },
      { title: 'Rainbow: Combining Improvements in Deep Reinforcement Learning', href: 'https://arxiv.org/abs/1710.02298', optional: true },
    ],
  },
  {
    date: 'Tue Jan 14',
    title: 'Policy gradients',
    readings: [
      { title: 'Trust Region Policy Optimization', href: 'https://arxiv.org/abs/1502.05477' },
      { title: 'Proximal Policy Optimization Algorithms', href: 'https://arxiv.org/abs/1707.06347' },
    ],
  },
  {
    date: 'Thu Jan 16',
    title: 'Actor-critic methods',
    readings: [
      { title: 'Soft Actor-Critic: Off-Policy Maximum Entropy Deep RL with a Stochastic Actor', href: 'https://arxiv.org/abs/1801.01290' },
      { title: 'High-Dimensional Continuous Control Using Generalized Advantage Estimation', href: 'https://arxiv.org/abs/1506.02438', optional: true },
    ],
  },
  {
    date: 'Tue Jan 21',
    title: 'No class (MLK Day observed)',
    readings: [],
  },
  {
    date: 'Thu Jan 23',
    title: 'Model-based RL',
    readings: [
      { title: 'Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model', href: 'https://arxiv.org/abs/1911.08265' },
      { title: 'Dream to Control: Learning Behaviors by Latent Imagination', href: 'https://arxiv.org/abs/1912.01603', optional: true },
    ],
  },
  {
    date: 'Tue Jan 28',
    title: 'Offline RL',
    readings: [
      { title: 'Conservative Q-Learning for Offline Reinforcement Learning', href: 'https://arxiv.org/abs/2006.04779' },
      { title: 'Offline RL tutorial (Levine et al.)', href: '/papers/levine-offline-rl-tutorial.pdf', optional: true },
    ],
  },
  {
    date: 'Thu Jan 30',
    title: 'Exploration',
    readings: [
      { title: 'Exploration by Random Network Distillation', href: 'https://arxiv.org/abs/1810.12894' },
      { title: 'Go-Explore: a New Approach for Hard-Exploration Problems', href: 'https://arxiv.org/abs/1901.10995', optional: true },
    ],
  },
  {
    date: 'Tue Feb 4',
    title: 'Imitation learning — guest: Dr. Lena Okafor (Waymo)',
    readings: [
      { title: 'A Reduction of Imitation Learning and Structured Prediction to No-Regret Online Learning', href: 'https://proceedings.mlr.press/v15/ross11a.html' },
    ],
  },
  {
    date: 'Thu Feb 6',
    title: 'Midterm (in class)',
    readings: [],
  },
  {
    date: 'Tue Feb 11',
    title: 'RL from human feedback',
    readings: [
      { title: 'Deep Reinforcement Learning from Human Preferences', href: 'https://arxiv.org/abs/1706.03741' },
      { title: 'Training language models to follow instructions with human feedback', href: 'https://proceedings.neurips.cc/paper_files/paper/2022/hash/b1efde53be364a73914f58805a001731-Abstract-Conference.html', optional: true },
    ],
  },
  {
    date: 'Thu Feb 13',
    title: 'Value-based RL, revisited',
    readings: [
      { title: 'Playing Atari with Deep Reinforcement Learning', href: 'https://arxiv.org/abs/1312.5602' },
      { title: 'Human-level control through DRL (PDF)', href: 'https://storage.googleapis.com/deepmind-media/dqn/DQNNaturePaper.pdf', optional: true },
    ],
  },
];
