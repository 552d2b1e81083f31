import { memo, useId } from 'react';
import { ROLE_CHOICES, type RoleChoice } from '../../view/view-state.ts';
import { ROLE_CHOICE_LABEL as LABEL } from './role-choice-label.ts';

/** In which role the chosen countries must take part. Native radios: arrow keys come for free. */
/** Memoised: its value rarely changes, and React rewrites every radio's name and type when it renders. */
export const RoleRadios = memo(function RoleRadios({ value, onChange }: { value: RoleChoice; onChange(role: RoleChoice): void }) {
  const id = useId();
  return (
    <div role="radiogroup" aria-labelledby={`${id}-label`} className="role-radios">
      <span id={`${id}-label`} className="field-label">Country role</span>
      <div className="segmented">
        {ROLE_CHOICES.map((role) => (
          <label key={role} className="segment" data-role={role}>
            <input type="radio" name={`${id}-role`} value={role} checked={value === role} onChange={() => onChange(role)} />
            <span>{LABEL[role]}</span>
          </label>
        ))}
      </div>
    </div>
  );
});
