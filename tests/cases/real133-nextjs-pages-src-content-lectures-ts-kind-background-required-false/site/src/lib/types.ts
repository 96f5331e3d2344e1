export type ReadingKind = 'core' | 'optional' | 'background';

export interface Reading {
  title?: string;
  url?: string;
  arxiv?: string;
  /** citation pasted from a bibliography; rendered with generic links */
  cite?: string;
  links?: { paper: string; code?: string };
  venue?: string;
  note?: string;
  kind?: ReadingKind;
  required?: boolean;
}

export type LectureKind = 'lecture' | 'discussion' | 'guest' | 'deadline' | 'exam' | 'holiday';

export interface Lecture {
  date: string; // ISO, formatted by the page
  kind: LectureKind;
  title: string;
  topic?: string;
  instructor?: string;
  presenters?: string[];
  speaker?: { name: string; affiliation: string; url?: string };
  readings?: Reading[];
  slides?: string;
  recording?: string;
  href?: string;
  materials?: { label: string; href: string }[];
}

export interface StaffMember {
  name: string;
  role: string;
  email: string;
  officeHours: string;
  url?: string;
}
