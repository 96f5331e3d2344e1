export type Deadline = { date: string; what: string; link?: string };

export const deadlines: Deadline[] = [
  { date: "Jan 17", what: "HW1 (profiling a training loop) due", link: "https://www.gradescope.com/courses/912345/assignments/5120001" },
  { date: "Jan 31", what: "HW2 (data-parallel SGD) due", link: "https://www.gradescope.com/courses/912345/assignments/5120002" },
  { date: "Feb 3", what: "Project proposal slides due", link: "https://forms.gle/qN4vR8sYtP2cLm7x9" },
  { date: "Feb 14", what: "HW3 (quantized inference) due", link: "https://www.gradescope.com/courses/912345/assignments/5120003" },
];
