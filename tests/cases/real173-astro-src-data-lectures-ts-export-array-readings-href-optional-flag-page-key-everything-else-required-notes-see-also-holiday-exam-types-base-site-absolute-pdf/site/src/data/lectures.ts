import type { Lecture } from '../types';

// Spring 2025. Tue/Thu 2:00–3:20pm, GHC 4401.
// Add `optional: true` for going-deeper readings; the page shows a tag.
export const lectures: Lecture[] = [
  {
    date: 'Tue Jan 14',
    title: 'Introduction: why LLM systems?',
    slides: '/slides/01-intro.pdf',
    readings: [
      { title: 'Attention Is All You Need', href: 'https://arxiv.org/abs/1706.03762' },
      { title: 'Scaling Laws for Neural Language Models', href: 'https://arxiv.org/abs/2001.08361', optional: true },
    ],
  },
  {
    date: 'Thu Jan 16',
    title: 'GPU programming basics',
    slides: '/slides/02-gpu.pdf',
    recording: 'https://mediaspace.cmu.edu/media/t/1_gpu02llm',
    readings: [
      { title: 'CUDA C++ Programming Guide, ch. 1–5', href: 'https://docs.nvidia.com/cuda/cuda-c-programming-guide/' },
      { title: 'Dissecting the NVIDIA Volta GPU Architecture via Microbenchmarking', href: 'https://arxiv.org/abs/1804.06826', optional: true },
    ],
  },
  {
    date: 'Tue Jan 21',
    title: 'Tokenization & embeddings',
    slides: '/slides/03-tokenization.pdf',
    readings: [
      { title: 'Neural Machine Translation of Rare Words with Subword Units', href: 'https://aclanthology.org/P16-1162/' },
    ],
    notes: 'See also [SentencePiece](https://arxiv.org/abs/1808.06226).',
  },
  {
    date: 'Thu Jan 23',
    title: 'Training at scale: data and tensor parallelism',
    slides: '/slides/04-parallelism.pdf',
    readings: [
      { title: 'Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism', href: 'https://arxiv.org/abs/1909.08053' },
      { title: 'ZeRO: Memory Optimizations Toward Training Trillion Parameter Models', href: 'https://arxiv.org/abs/1910.02054' },
      // { title: 'Colossal-AI', href: 'https://arxiv.org/abs/2110.14883' },  dropped this year
    ],
  },
  {
    date: 'Tue Jan 28',
    title: 'Mixed precision & memory',
    slides: '/slides/05-mixed-precision.pdf',
    readings: [
      { title: 'Mixed Precision Training', href: 'https://arxiv.org/abs/1710.03740' },
      { title: 'Training Deep Nets with Sublinear Memory Cost', href: '/papers/chen-2016-sublinear.pdf', optional: true },
    ],
  },
  {
    date: 'Thu Jan 30',
    title: 'FlashAttention',
    slides: '/slides/06-flashattention.pdf',
    readings: [
      { title: 'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness', href: 'https://arxiv.org/abs/2205.14135' },
      { title: 'FlashAttention (NeurIPS version)', href: 'https://proceedings.neurips.cc/paper_files/paper/2022/hash/67d57c32e20fd0a7a302cb81d36e40d5-Abstract-Conference.html', optional: true },
    ],
  },
  {
    date: 'Tue Feb 4',
    title: 'No class — Community Engagement Day',
    type: 'holiday',
  },
  {
    date: 'Thu Feb 6',
    title: 'Serving: batching and KV caches',
    slides: '/slides/07-serving.pdf',
    readings: [
      { title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention', href: 'https://arxiv.org/abs/2309.06180' },
      { title: 'Orca: A Distributed Serving System for Transformer-Based Generative Models', href: 'https://www.usenix.org/conference/osdi22/presentation/yu', optional: true },
    ],
    notes: 'Homework 2 out on [Gradescope](https://www.gradescope.com/courses/912345).',
  },
  {
    date: 'Tue Feb 11',
    title: 'Speculative decoding',
    slides: '/slides/08-speculative.pdf',
    readings: [
      { title: 'Fast Inference from Transformers via Speculative Decoding', href: 'https://arxiv.org/abs/2211.17192' },
      { title: 'Accelerating Large Language Model Decoding with Speculative Sampling', href: 'https://arxiv.org/abs/2302.01318', optional: true },
    ],
  },
  {
    date: 'Thu Feb 13',
    title: 'Midterm (in class)',
    type: 'exam',
  },
  {
    date: 'Tue Feb 18',
    title: 'Quantization',
    slides: '/slides/09-quantization.pdf',
    readings: [
      { title: 'GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers', href: 'https://arxiv.org/abs/2210.17323' },
      { title: 'AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration', href: 'https://arxiv.org/abs/2306.00978' },
      { title: 'QLoRA: Efficient Finetuning of Quantized LLMs', href: 'https://arxiv.org/abs/2305.14314', optional: true },
    ],
  },
  {
    date: 'Thu Feb 20',
    title: 'Guest lecture: Serving at scale',
    readings: [
      { title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention', href: 'https://dl.acm.org/doi/10.1145/3600006.3613165', optional: true },
    ],
  },
  {
    date: 'Tue Feb 25',
    title: 'Mixture-of-experts systems',
    slides: '/slides/11-moe.pdf',
    readings: [
      { title: 'GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding', href: 'https://arxiv.org/abs/2006.16668' },
      { title: 'MegaBlocks: Efficient Sparse Training with Mixture-of-Experts', href: 'https://arxiv.org/abs/2211.15841', optional: true },
    ],
  },
];
