/**
 * The shape of flag-sprite.png (see scripts/generate-flag-sprite.ts): each 3:2 flag drawn at twice
 * the 18 × 12 px it is shown at (sharp on a 2× screen), in a cell with a transparent gutter, so a
 * flag scaled to a fraction of a pixel never picks up its neighbour's edge.
 */
export const FLAG_SPRITE = { columns: 16, flagWidth: 36, flagHeight: 24, gutter: 4 } as const;
