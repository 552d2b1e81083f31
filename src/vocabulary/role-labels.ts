import type { Role } from '../schema/dataset.ts';

export const ROLE_LABEL: Record<Role, string> = {
  host: 'Host',
  participant: 'Participant',
  expert: 'Expert',
  organizer: 'Organiser',
};

export const ROLE_PLURAL: Record<Role, string> = {
  host: 'Host',
  participant: 'Participants',
  expert: 'Experts',
  organizer: 'Organisers',
};
