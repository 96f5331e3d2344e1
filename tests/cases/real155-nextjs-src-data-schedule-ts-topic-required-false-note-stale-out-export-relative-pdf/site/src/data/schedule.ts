// Spring 2026 schedule. Tue/Thu, 3:30–4:45pm, Klaus 1443.
// Keep `required: false` for optional readings; the page shows a badge.

export type Reading = {
  title: string;
  url: string;
  required?: boolean;
  note?: string;
};

export type Session = {
  date: string;
  topic: string;
  readings: Reading[];
  slides?: string;
  video?: string;
};

export const schedule: Session[] = [
  {
    date: "Tue Jan 13",
    topic: "Course overview & threat models",
    readings: [
      { title: "SoK: Security and Privacy in Machine Learning", url: "https://ieeexplore.ieee.org/document/8406613" },
      { title: "Intriguing properties of neural networks", url: "https://arxiv.org/abs/1312.6199", required: false },
    ],
    slides: "https://docs.google.com/presentation/d/1mlsecL01overviewXyZ/edit",
  },
  {
    date: "Thu Jan 15",
    topic: "Evasion attacks",
    readings: [
      { title: "Explaining and Harnessing Adversarial Examples", url: "https://arxiv.org/abs/1412.6572" },
      { title: 'Towards Evaluating the Robustness of Neural Networks', url: 'https://arxiv.org/abs/1608.04644' },
    ],
    slides: "https://docs.google.com/presentation/d/1mlsecL02evasionXyZ/edit",
    video: "https://gatech.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=8803-02",
  },
  {
    date: "Tue Jan 20",
    topic: "Adversarial training",
    readings: [
      { title: "Towards Deep Learning Models Resistant to Adversarial Attacks", url: "https://arxiv.org/abs/1706.06083" },
      {
        title: "Obfuscated Gradients Give a False Sense of Security: Circumventing Defenses to Adversarial Examples",
        url: "https://arxiv.org/abs/1802.00420",
        required: false,
        note: "sections 1–3",
      },
    ],
  },
  {
    date: "Thu Jan 22",
    topic: "Certified defenses",
    readings: [
      { title: "Certified Adversarial Robustness via Randomized Smoothing", url: "https://arxiv.org/abs/1902.02918", required: true },
    ],
  },
  {
    date: "Tue Jan 27",
    topic: "Poisoning and backdoors",
    readings: [
      { title: "BadNets: Identifying Vulnerabilities in the Machine Learning Model Supply Chain", url: "https://arxiv.org/abs/1708.06733" },
      { title: "Poison Frogs! Targeted Clean-Label Poisoning Attacks on Neural Networks", url: "https://arxiv.org/abs/1804.00792", required: false },
      // { title: "Spectral Signatures in Backdoor Attacks", url: "https://arxiv.org/abs/1811.00636" },
    ],
  },
  {
    date: "Thu Jan 29",
    topic: "No class — project proposal meetings",
    readings: [],
  },
  {
    date: "Tue Feb 3",
    topic: "Membership inference",
    readings: [
      { title: "Membership Inference Attacks Against Machine Learning Models", url: "https://arxiv.org/abs/1610.05820" },
    ],
  },
  {
    date: "Thu Feb 5",
    topic: "Training-data extraction",
    readings: [
      {
        title: "Extracting Training Data from Large Language Models",
        url: "https://www.usenix.org/conference/usenixsecurity21/presentation/carlini-extracting",
      },
      {
        title: "Membership Inference Attacks Against Machine Learning Models",
        url: "https://arxiv.org/pdf/1610.05820",
        required: false,
        note: "refresher from Tuesday",
      },
    ],
  },
  {
    date: "Tue Feb 10",
    topic: "Differential privacy for deep learning",
    readings: [
      { title: "Deep Learning with Differential Privacy", url: "https://arxiv.org/abs/1607.00133" },
      { title: "The Algorithmic Foundations of Differential Privacy", url: "/papers/dwork-roth-ch2-3.pdf", note: "chapters 2–3" },
    ],
  },
  {
    date: "Thu Feb 12",
    topic: "Prompt injection and jailbreaks",
    readings: [
      {
        title: "Not what you've signed up for: Compromising Real-World LLM-Integrated Applications with Indirect Prompt Injection",
        url: "https://arxiv.org/abs/2302.12173",
      },
      { title: "Universal and Transferable Adversarial Attacks on Aligned Language Models", url: "https://arxiv.org/abs/2307.15043", required: false },
    ],
  },
  {
    date: "Tue Feb 17",
    topic: "Midterm (in class)",
    readings: [],
  },
  {
    date: "Thu Feb 19",
    topic: "Model stealing",
    readings: [
      {
        title: "Stealing Machine Learning Models via Prediction APIs",
        url: "https://www.usenix.org/conference/usenixsecurity16/technical-sessions/presentation/tramer",
      },
    ],
    slides: "https://docs.google.com/presentation/d/1mlsecL12stealingXyZ/edit",
  },
];
