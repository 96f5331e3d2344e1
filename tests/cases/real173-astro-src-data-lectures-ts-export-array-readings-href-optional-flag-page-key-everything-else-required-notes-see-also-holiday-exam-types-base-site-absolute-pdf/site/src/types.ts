export type Reading = { title: string; href: string; optional?: boolean };
export type Lecture = {
  date: string;
  title: string;
  type?: 'lecture' | 'holiday' | 'exam';
  slides?: string;
  recording?: string;
  readings?: Reading[];
  notes?: string;
};
