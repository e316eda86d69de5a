/**
 * The parts of a JSON Resume document (plus the extension sections of `cv-schema.ts`) the CV page
 * shows. Every field is optional, as in the schema; `validate-cv.ts` has checked the types.
 */

/** `2024`, `2024-03` or `2024-03-15`. */
export type PartialDate = string;

export interface CvBasics {
  name?: string;
  label?: string;
  email?: string;
  phone?: string;
  url?: string;
  summary?: string;
  location?: { address?: string; postalCode?: string; city?: string; countryCode?: string; region?: string };
  profiles?: { network?: string; username?: string; url?: string }[];
}

interface Dated {
  startDate?: PartialDate;
  endDate?: PartialDate;
}

export interface CvWork extends Dated {
  name?: string;
  position?: string;
  location?: string;
  url?: string;
  summary?: string;
  highlights?: string[];
}

export interface CvVolunteer extends Dated {
  organization?: string;
  position?: string;
  url?: string;
  summary?: string;
  highlights?: string[];
}

export interface CvEducation extends Dated {
  institution?: string;
  url?: string;
  area?: string;
  studyType?: string;
  score?: string;
  courses?: string[];
}

export interface CvAward {
  title?: string;
  date?: PartialDate;
  awarder?: string;
  summary?: string;
}

export interface CvCertificate {
  name?: string;
  date?: PartialDate;
  url?: string;
  issuer?: string;
}

export interface CvSkill {
  name?: string;
  level?: string;
  keywords?: string[];
}

export interface CvLanguage {
  language?: string;
  fluency?: string;
}

export interface CvInterest {
  name?: string;
  keywords?: string[];
}

export interface CvProject extends Dated {
  name?: string;
  description?: string;
  highlights?: string[];
  keywords?: string[];
  url?: string;
  roles?: string[];
  entity?: string;
  type?: string;
}

export interface CvGrant extends Dated {
  title?: string;
  funder?: string;
  role?: string;
  amount?: string;
  url?: string;
  summary?: string;
}

export interface CvTeaching extends Dated {
  course?: string;
  institution?: string;
  role?: string;
  url?: string;
  summary?: string;
}

export interface CvTalk {
  title?: string;
  event?: string;
  location?: string;
  date?: PartialDate;
  url?: string;
  summary?: string;
}

export interface Cv {
  basics?: CvBasics;
  work?: CvWork[];
  volunteer?: CvVolunteer[];
  education?: CvEducation[];
  awards?: CvAward[];
  certificates?: CvCertificate[];
  /** Never shown: the CV lists the site's publication collection. */
  publications?: unknown[];
  skills?: CvSkill[];
  languages?: CvLanguage[];
  interests?: CvInterest[];
  projects?: CvProject[];
  grants?: CvGrant[];
  teaching?: CvTeaching[];
  talks?: CvTalk[];
}
