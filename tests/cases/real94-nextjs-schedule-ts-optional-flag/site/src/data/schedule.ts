// CS 7180 schedule. One object per class meeting, in order.
// `optional: true` renders the "optional" badge next to a reading.
// materials = slides / recordings / notebooks (NOT readings)

export type Reading = {
  title: string;
  url: string;
  optional?: boolean;
  note?: string;
};

export type Material = { label: string; url: string };

export type Lecture = {
  date: string;
  topic: string;
  presenter?: string;
  readings: Reading[];
  materials?: Material[];
  noClass?: boolean;
};

const ZOOM = "https://northeastern.zoom.us/j/93811204417";

export const schedule: Lecture[] = [
  {
    date: "Jan 7",
    topic: "Course overview: why ML systems?",
    presenter: "Prof. Nadia Okafor",
    readings: [
      { title: "Hidden Technical Debt in Machine Learning Systems", url: "https://papers.nips.cc/paper_files/paper/2015/hash/86df7dcfd896fcaf2674f757a2463eba-Abstract.html" },
      { title: 'The Bitter Lesson', url: 'http://www.incompleteideas.net/IncIdeas/BitterLesson.html', optional: true },
    ],
    materials: [
      { label: "Slides", url: "https://docs.google.com/presentation/d/1Yb7kQ2rT0xW9pLmN3vC8sDfE4gH5jK6l/edit" },
      { label: "Recording", url: "https://northeastern.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=4b1e2c7a-9d10-4f55-a3c2-b21f00e1a7d4" },
    ],
  },
  {
    date: "Jan 9",
    topic: "GPUs, kernels and the roofline model",
    presenter: "Prof. Nadia Okafor",
    readings: [
      { title: "Roofline: An Insightful Visual Performance Model for Multicore Architectures", url: "https://dl.acm.org/doi/10.1145/1498765.1498785" },
      { title: "Making Deep Learning Go Brrrr From First Principles", url: "https://horace.io/brrr_intro.html", optional: true },
    ],
    materials: [
      { label: "Slides", url: "https://docs.google.com/presentation/d/1cR8tV3wX5yZ7aB9dE1fG3hI5jK7lM9nO/edit" },
      { label: "Colab: measuring achieved FLOP/s", url: "https://colab.research.google.com/drive/1pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK" },
      { label: "Recording", url: "https://northeastern.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=7c2f3d8b-0e21-4a66-b4d3-c32f11f2b8e5" },
    ],
  },
  {
    date: "Jan 14",
    topic: "Automatic differentiation and eager execution",
    presenter: "Prof. Nadia Okafor",
    readings: [
      { title: "PyTorch: An Imperative Style, High-Performance Deep Learning Library", url: "https://arxiv.org/abs/1912.01703" },
      // { title: "TensorFlow: A System for Large-Scale Machine Learning", url: "https://www.usenix.org/conference/osdi16/technical-sessions/presentation/abadi" },
      { title: "Automatic Differentiation in Machine Learning: a Survey", url: "https://www.jmlr.org/papers/v18/17-468.html", optional: true, note: "sections 1-3 only" },
    ],
    materials: [
      { label: "Slides", url: "https://docs.google.com/presentation/d/1eT0vX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP/edit" },
      { label: "HW1 starter code", url: "https://github.com/cs7180-sp25/hw1-profiling" },
    ],
  },
  {
    date: "Jan 16",
    topic: "Data parallelism and collective communication",
    presenter: "Prof. Nadia Okafor",
    readings: [
      { title: "PyTorch Distributed: Experiences on Accelerating Data Parallel Training", url: "https://arxiv.org/abs/2006.15704", optional: false },
      { title: "Horovod: fast and easy distributed deep learning in TensorFlow", url: "https://arxiv.org/abs/1802.05799", optional: true },
    ],
    materials: [
      { label: "Slides", url: "https://docs.google.com/presentation/d/1gV2xZ7aB9cD1eF3gH5iJ7kL9mN1oP3qR/edit" },
    ],
  },
  {
    date: "Jan 21",
    topic: "No class (instructor travel) — work on HW2",
    readings: [],
    noClass: true,
  },
  {
    date: "Jan 23",
    topic: "ZeRO and sharded data parallelism",
    presenter: "Lin Zhao & Omar Haddad",
    readings: [
      { title: "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models", url: "https://arxiv.org/abs/1910.02054" },
      { title: "PyTorch FSDP: Experiences on Scaling Fully Sharded Data Parallel", url: "https://arxiv.org/abs/2304.11277", optional: true },
    ],
    materials: [
      { label: "Student slides", url: "https://docs.google.com/presentation/d/1iX4zB9cD1eF3gH5iJ7kL9mN1oP3qR5sT/edit" },
    ],
  },
  {
    date: "Jan 28",
    topic: "Pipeline and tensor parallelism",
    presenter: "Priya Raman & Jonas Weber",
    readings: [
      { title: "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism", url: "https://arxiv.org/abs/1909.08053" },
      { title: "GPipe: Efficient Training of Giant Neural Networks using Pipeline Parallelism", url: "https://arxiv.org/abs/1811.06965" },
      { title: "Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM", url: "https://arxiv.org/pdf/2104.04473", optional: true },
    ],
    materials: [
      { label: "Student slides", url: "https://docs.google.com/presentation/d/1kZ6bD1eF3gH5iJ7kL9mN1oP3qR5sT7uV/edit" },
    ],
  },
  {
    date: "Jan 30",
    topic: "Memory-efficient attention",
    presenter: "Prof. Nadia Okafor",
    readings: [
      { title: "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", url: "https://arxiv.org/abs/2205.14135" },
      { title: "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning", url: "https://arxiv.org/abs/2307.08691", optional: true },
      { title: 'Online normalizer calculation for softmax', url: 'https://arxiv.org/abs/1805.02867', optional: true },
    ],
    materials: [
      { label: "Slides", url: "https://docs.google.com/presentation/d/1mB8dF3gH5iJ7kL9mN1oP3qR5sT7uV9wX/edit" },
      { label: "Recording", url: "https://northeastern.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=9e4a5f0d-2a43-4c88-b6f5-e54a33a4d0a7" },
    ],
  },
  {
    date: "Feb 4",
    topic: "Project proposal presentations",
    readings: [],
    materials: [
      { label: "Presentation order (sign-up sheet)", url: "https://docs.google.com/spreadsheets/d/1oD0fH5iJ7kL9mN1oP3qR5sT7uV9wX1yZ/edit" },
    ],
  },
  {
    date: "Feb 6",
    topic: "Serving LLMs: batching and KV-cache management",
    presenter: "Amara Nwosu & Diego Alvarez",
    readings: [
      { title: "Efficient Memory Management for Large Language Model Serving with PagedAttention", url: "https://arxiv.org/abs/2309.06180" },
      { title: "Orca: A Distributed Serving System for Transformer-Based Generative Models", url: "https://www.usenix.org/conference/osdi22/presentation/yu" },
      { title: "FlashAttention (refresher: section 3)", url: "https://arxiv.org/pdf/2205.14135", optional: true },
    ],
    materials: [
      { label: "Student slides", url: "https://docs.google.com/presentation/d/1qF2hJ7kL9mN1oP3qR5sT7uV9wX1yZ3aB/edit" },
    ],
  },
  {
    date: "Feb 11",
    topic: "Quantization for inference",
    presenter: "Prof. Nadia Okafor",
    readings: [
      { title: "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale", url: "https://arxiv.org/abs/2208.07339" },
      { title: "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers", url: "https://arxiv.org/abs/2210.17323", optional: true },
      { title: "A Visual Guide to Quantization", url: "https://newsletter.maartengrootendorst.com/p/a-visual-guide-to-quantization", optional: true, },
    ],
    materials: [
      { label: "Slides", url: "https://docs.google.com/presentation/d/1sH4jL9mN1oP3qR5sT7uV9wX1yZ3aB5cD/edit" },
      { label: "HW3 starter code", url: "https://github.com/cs7180-sp25/hw3-quantization" },
    ],
  },
];

export { ZOOM };
