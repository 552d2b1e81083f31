/** One subject of the controlled vocabulary, with the phrases that show a release is about it. */
export interface TopicEntry {
  id: string;
  label: string;
  /** Matched case-insensitively on word boundaries; a trailing "*" allows any word ending. */
  triggers: readonly string[];
}

export const TOPICS: readonly TopicEntry[] = [
  {
    id: 'drug-trafficking',
    label: 'Drug trafficking',
    triggers: [
      'drug trafficking', 'drug traffickers', 'drug trafficker', 'trafficking of drugs', 'trafficking in drugs',
      'trafficking of illicit drugs', 'trafficking of narcotics', 'illicit drugs', 'illegal drugs', 'narcotics',
      'anti-drug', 'drug smuggling', 'drug trade', 'drug control', 'drug seizures', 'drug production',
    ],
  },
  { id: 'drug-precursors', label: 'Drug precursors', triggers: ['precursor', 'precursors'] },
  {
    id: 'organised-crime',
    label: 'Organised crime',
    triggers: ['organized crime', 'organised crime', 'criminal groups', 'criminal organizations', 'criminal organisations', 'criminal networks'],
  },
  { id: 'controlled-deliveries', label: 'Controlled deliveries', triggers: ['controlled deliveries', 'controlled delivery'] },
  {
    id: 'border-security',
    label: 'Border security and management',
    triggers: [
      'border security', 'border management', 'border police', 'border guards', 'border guard', 'border service',
      'border control', 'border controls', 'border officers', 'border crossing', 'border crossings', 'cross-border',
      'border troops', 'border agency', 'border affairs',
    ],
  },
  { id: 'customs', label: 'Customs', triggers: ['customs'] },
  {
    id: 'human-trafficking',
    label: 'Human trafficking',
    triggers: [
      'human trafficking', 'trafficking in human beings', 'trafficking in persons', 'trafficking of persons',
      'trafficking of human beings', 'anti-trafficking', 'victims of trafficking', 'trafficked persons',
      'victim identification', 'sexual exploitation', 'forced labour', 'forced labor',
    ],
  },
  { id: 'human-rights', label: 'Human rights', triggers: ['human rights', 'fundamental freedoms'] },
  {
    id: 'policing',
    label: 'Policing',
    triggers: ['police', 'policing', 'policemen', 'policewomen', 'law enforcement', 'law-enforcement'],
  },
  {
    id: 'forged-documents',
    label: 'Forged documents',
    triggers: [
      'forged documents', 'forged travel documents', 'forged document', 'forgery', 'forgeries', 'counterfeit documents',
      'falsified documents', 'fraudulent documents', 'document security', 'fake identity', 'travel document security',
    ],
  },
  {
    id: 'terrorism',
    label: 'Terrorism',
    triggers: ['terrorism', 'terrorist', 'terrorists', 'counter-terrorism', 'violent extremism', 'radicalization', 'radicalisation', 'foreign terrorist fighters'],
  },
  {
    id: 'money-laundering',
    label: 'Money laundering and terrorist financing',
    triggers: [
      'money laundering', 'anti-money laundering', 'terrorist financing', 'financing of terrorism', 'financial investigations',
      'illicit financial flows', 'sources of funding', 'flow of funds', 'asset recovery',
    ],
  },
  { id: 'cybercrime', label: 'Cybercrime', triggers: ['cybercrime', 'cyber crime', 'cyber-crime', 'cyber security', 'cybersecurity', 'cyber threats'] },
  { id: 'migration', label: 'Migration', triggers: ['migration', 'migrants', 'migrant', 'asylum', 'refugees'] },
  { id: 'corruption', label: 'Corruption', triggers: ['corruption', 'anti-corruption', 'bribery'] },
  {
    id: 'small-arms',
    label: 'Small arms and explosives',
    triggers: ['small arms', 'light weapons', 'firearms', 'ammunition', 'explosives', 'explosive devices'],
  },
  { id: 'gender', label: 'Gender equality', triggers: ['gender', 'women’s rights', "women's rights", 'domestic violence', 'gender-based violence'] },
  { id: 'rule-of-law', label: 'Rule of law and justice', triggers: ['rule of law', 'judiciary', 'criminal justice', 'fair trial', 'judicial reform'] },
];
