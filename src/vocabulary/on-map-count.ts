import { formatCount } from './format-count.ts';

/** "all 3 on the map", "1 on the map, 2 not on the map", "none on the map": where the shown events went. */
export function onMapCount(shown: number, onMap: number, short = false): string {
  const off = shown - onMap;
  if (off === 0) return shown === 1 ? 'on the map' : `all ${formatCount(shown)} on the map`;
  if (onMap === 0) return 'none on the map';
  return `${formatCount(onMap)} on the map, ${formatCount(off)} not${short ? '' : ' on the map'}`;
}
