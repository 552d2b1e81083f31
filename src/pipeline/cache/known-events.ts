import type { Orderable } from '../../schema/event-order.ts';

/** Events an earlier build made, by key: what orders each, and its JSON as that build wrote it. */
export interface KnownEvents {
  orderOf(key: string): Orderable | undefined;
  jsonOf(key: string): string;
}
