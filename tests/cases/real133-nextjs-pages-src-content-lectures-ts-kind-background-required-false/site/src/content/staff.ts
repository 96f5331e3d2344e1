import type { StaffMember } from '../lib/types';

export const staff: StaffMember[] = [
  { name: 'Prof. Anjali Rao', role: 'Instructor', email: 'arao@cs.stanford.edu', officeHours: 'Wed 10:00–11:30am, Gates 472', url: 'https://cs.stanford.edu/~arao/' },
  { name: 'Jun Park', role: 'CA', email: 'junpark@stanford.edu', officeHours: 'Mon 4:00–5:30pm, Zoom' },
  { name: 'Lea Novak', role: 'CA', email: 'lnovak@stanford.edu', officeHours: 'Thu 9:30–11:00am, Huang basement' },
];
