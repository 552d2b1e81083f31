// Bodies of the genre that were renamed, with the year of the new name: data, so a release that
// uses the old name and one that uses the new name count as one organiser. Add a row when a body
// is renamed; never a row for two different bodies.
export interface RenamedBody {
  /** The name it had before. */
  from: string;
  /** The name it has since `year`. */
  to: string;
  year: number;
}

export const RENAMED_BODIES: readonly RenamedBody[] = [
  { from: 'OSCE Centre in Astana', to: 'OSCE Programme Office in Astana', year: 2015 },
  { from: 'OSCE Centre in Bishkek', to: 'OSCE Programme Office in Bishkek', year: 2017 },
  { from: 'OSCE Office in Tajikistan', to: 'OSCE Programme Office in Dushanbe', year: 2017 },
  { from: 'OSCE Centre in Tashkent', to: 'OSCE Project Co-ordinator in Uzbekistan', year: 2006 },
  { from: 'OSCE Spillover Monitor Mission to Skopje', to: 'OSCE Mission to Skopje', year: 2010 },
  { from: 'OSCE Centre in Almaty', to: 'OSCE Centre in Astana', year: 2007 },
  { from: 'OSCE Mission to Serbia and Montenegro', to: 'OSCE Mission to Serbia', year: 2006 },
];
