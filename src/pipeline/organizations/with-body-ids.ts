import type { Body } from '../../schema/app-files.ts';
import type { AtlasEvent } from '../../schema/dataset.ts';
import { specificFor } from './generic-names.ts';

/**
 * An event with each organiser mention carrying the id of the merged body it names (`bodies`: the
 * event's bodies as mergeOrganizations listed them), so the app and the export follow the id instead
 * of looking the name up again. A fragment ("OSCE Mission") carries the id of the specific body of
 * its event it stands for ("OSCE Mission to Skopje"); a mention no body lists carries none.
 */
export function withBodyIds(event: AtlasEvent, bodies: readonly Body[]): AtlasEvent {
  if (event.organizers.length === 0) return event;
  return { ...event, organizers: organizersWithBodyIds(event.organizers, bodies) };
}

/** withBodyIds's organisers alone: the build splices them into an event's JSON made where it was extracted. */
export function organizersWithBodyIds(organizers: AtlasEvent['organizers'], bodies: readonly Body[]): AtlasEvent['organizers'] {
  const names = organizers.map((o) => o.name);
  const idOf = (name: string): string | undefined => bodies.find((b) => b.variants.includes(name))?.id;
  return organizers.map((o) => {
    const specific = specificFor(o.name, names);
    const bodyId = idOf(o.name) ?? (specific === undefined ? undefined : idOf(specific));
    const { bodyId: _old, ...rest } = o;
    return bodyId === undefined ? rest : { ...rest, bodyId };
  });
}
