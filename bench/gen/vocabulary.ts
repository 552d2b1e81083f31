// The genre's building blocks, written for the generator (no sentence comes from a real release).
import type { Kind } from '../../src/schema/dataset.ts';

export interface EventKind {
  noun: string;
  kind: Kind;
}

export const EVENT_KINDS: readonly EventKind[] = [
  { noun: 'seminar', kind: 'seminar' },
  { noun: 'training course', kind: 'training course' },
  { noun: 'workshop', kind: 'workshop' },
  { noun: 'course', kind: 'training course' },
  { noun: 'training seminar', kind: 'seminar' },
  { noun: 'training workshop', kind: 'workshop' },
  { noun: 'table-top exercise', kind: 'exercise' },
  { noun: 'round table', kind: 'roundtable' },
];

export const TOPICS: readonly string[] = [
  'countering the trafficking of illicit drugs', 'detecting forged travel documents', 'border risk analysis',
  'investigating cybercrime', 'community policing', 'combating trafficking in human beings',
  'preventing violent extremism that leads to terrorism', 'tracing illicit financial flows',
  'customs control of dual-use goods', 'protecting critical energy infrastructure',
  'gender mainstreaming in the security sector', 'countering the smuggling of migrants',
  'the safe storage of small arms and ammunition', 'hate crime investigations', 'financial investigations',
  'the use of open-source intelligence', 'managing mixed migration flows', 'interviewing techniques',
];

/** Plural people nouns that count participants (the last word is what extraction keys on). */
export const AUDIENCES: readonly string[] = [
  'border guards', 'customs officers', 'police officers', 'prosecutors', 'judges', 'law enforcement officials',
  'investigators', 'police cadets', 'border police officers', 'financial intelligence analysts',
  'customs inspectors', 'criminal investigators', 'migration officials', 'prison staff trainees',
];

/** Bodies that run trainings anywhere: OSCE institutions and partners. */
export const GENERIC_ORGANISERS: readonly string[] = [
  'OSCE Transnational Threats Department', 'OSCE Office for Democratic Institutions and Human Rights',
  'United Nations Office on Drugs and Crime', 'International Organization for Migration',
  'OSCE Border Management Staff College', 'OSCE Secretariat’s Border Security and Management Unit',
  'OSCE Strategic Police Matters Unit', 'European Union Border Assistance Mission',
];

/** The OSCE field operation in a host country, by ISO code. */
export const FIELD_OFFICES: Readonly<Record<string, string>> = {
  AL: 'OSCE Presence in Albania', BA: 'OSCE Mission to Bosnia and Herzegovina', XK: 'OSCE Mission in Kosovo',
  ME: 'OSCE Mission to Montenegro', RS: 'OSCE Mission to Serbia', MK: 'OSCE Mission to Skopje',
  MD: 'OSCE Mission to Moldova', UA: 'OSCE Project Co-ordinator in Ukraine', KZ: 'OSCE Programme Office in Astana',
  KG: 'OSCE Programme Office in Bishkek', TJ: 'OSCE Programme Office in Dushanbe', TM: 'OSCE Centre in Ashgabat',
  UZ: 'OSCE Project Co-ordinator in Uzbekistan', AM: 'OSCE Office in Yerevan', AZ: 'OSCE Office in Baku',
  GE: 'OSCE Mission to Georgia',
};

/** National bodies, completed with the host's name: "Ministry of Internal Affairs of Albania". */
export const NATIONAL_BODIES: readonly string[] = [
  'Ministry of Internal Affairs of', 'State Border Service of', 'Customs Service of', 'General Prosecutor’s Office of',
  'National Police Academy of', 'Financial Intelligence Unit of', 'Ministry of Justice of',
];

export const FIRST_NAMES: readonly string[] = [
  'Anna', 'Marat', 'Elena', 'Tomas', 'Aida', 'Jonas', 'Nino', 'Pieter', 'Gulnara', 'Stefan', 'Mira', 'Andrei',
  'Lejla', 'Erik', 'Zarina', 'Luca', 'Daria', 'Bakhtiyor', 'Ingrid', 'Arman', 'Sofia', 'Dmitri', 'Teodora', 'Rustam',
];

export const LAST_NAMES: readonly string[] = [
  'Kowalczyk', 'Abdullayev', 'Lindqvist', 'Petrenko', 'Marković', 'Haddad', 'Rinaldi', 'Sargsyan', 'Bergström',
  'Nazarova', 'Dubois', 'Kalniņš', 'Osmani', 'Hoffmann', 'Tursunov', 'Van Dijk', 'Ionescu', 'Karimova', 'Novak',
  'Fischer', 'Gashi', 'Mammadov', 'Horvat', 'Jensen',
];

/** Things speakers say, free of country names and people nouns so they state no roles. */
export const QUOTE_LINES: readonly string[] = [
  'Threats do not stop at borders, and neither can our co-operation',
  'What is practised in this room today will be used at checkpoints tomorrow',
  'Sharing methods across agencies is the surest way to close the gaps criminals exploit',
  'We are proud to support a course built around real cases and hands-on exercises',
  'Trust between institutions grows when their people learn side by side',
  'This training reflects a long-term commitment to professional and accountable institutions',
  'Modern investigations depend on evidence that is gathered carefully and shared quickly',
  'The skills taught this week will help protect the most vulnerable',
];

export const SPEAKER_ROLES: readonly string[] = [
  'Head of the {office}', 'Deputy Head of the {office}', 'Programme Manager at the {office}',
  'Deputy Minister of Internal Affairs', 'Director of the National Police Academy', 'Head of the Border Police training unit',
];
