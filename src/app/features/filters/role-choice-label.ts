import type { RoleChoice } from '../../view/view-state.ts';

export const ROLE_CHOICE_LABEL: Record<RoleChoice, string> = {
  any: 'Any role',
  participant: 'Participant',
  expert: 'Expert',
  organizer: 'Organiser',
  host: 'Host',
};
