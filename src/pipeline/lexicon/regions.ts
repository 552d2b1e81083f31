// First-level regions (oblasts, provinces, velayats) and large lakes of the countries this genre
// reports from most, as data: [country, name, other spellings, lat, lon]. The point is the region's
// administrative centre (for a lake, its middle), so a region-level venue can still be drawn on the
// map. The gazetteer (GeoNames cities1000) holds towns only, and no npm package the project depends
// on lists regions with a point. Add a row when a release names a region the table lacks.
export type RegionRow = readonly [country: string, name: string, aliases: readonly string[], lat: number, lon: number];

export const REGION_TABLE: readonly RegionRow[] = [
  // Kyrgyzstan
  ['KG', 'Chui', ['Chuy', 'Chu'], 42.87, 74.59],
  ['KG', 'Naryn', [], 41.43, 75.99],
  ['KG', 'Issyk-Kul', ['Issyk Kul', 'Ysyk-Kol', 'Issyk-Kol', 'Yssyk-Kul'], 42.49, 78.39],
  ['KG', 'Talas', [], 42.52, 72.24],
  ['KG', 'Jalal-Abad', ['Jalalabad', 'Djalal-Abad', 'Jalal Abad'], 40.93, 73.0],
  ['KG', 'Osh', [], 40.53, 72.8],
  ['KG', 'Batken', [], 40.06, 70.82],
  // Tajikistan
  ['TJ', 'Sughd', ['Sogd', 'Soghd', 'Sugd', 'Leninabad'], 40.28, 69.62],
  ['TJ', 'Khatlon', [], 37.91, 68.78],
  ['TJ', 'Gorno-Badakhshan', ['GBAO', 'Gorno Badakhshan', 'Kuhistoni Badakhshon'], 37.49, 71.55],
  ['TJ', 'Rasht', ['Rasht Valley', 'Karategin'], 39.01, 70.38],
  // Kazakhstan
  ['KZ', 'Akmola', ['Aqmola'], 53.28, 69.39],
  ['KZ', 'Aktobe', ['Aqtobe'], 50.28, 57.17],
  ['KZ', 'Almaty', [], 45.01, 78.38],
  ['KZ', 'Atyrau', [], 47.11, 51.88],
  ['KZ', 'East Kazakhstan', ['Shygys Kazakhstan'], 49.95, 82.61],
  ['KZ', 'Jambyl', ['Zhambyl', 'Dzhambul'], 42.9, 71.37],
  ['KZ', 'Karaganda', ['Karagandy', 'Qaraghandy'], 49.8, 73.1],
  ['KZ', 'Kostanay', ['Qostanay', 'Kustanai'], 53.21, 63.63],
  ['KZ', 'Kyzylorda', ['Qyzylorda', 'Kzyl-Orda'], 44.85, 65.51],
  ['KZ', 'Mangystau', ['Mangistau', 'Mangyshlak'], 43.65, 51.16],
  ['KZ', 'North Kazakhstan', ['Soltustik Kazakhstan'], 54.87, 69.16],
  ['KZ', 'Pavlodar', [], 52.29, 76.97],
  ['KZ', 'South Kazakhstan', ['Turkestan', 'Turkistan'], 43.3, 68.25],
  ['KZ', 'West Kazakhstan', ['Batys Kazakhstan'], 51.23, 51.37],
  // Uzbekistan
  ['UZ', 'Andijan', ['Andijon'], 40.78, 72.34],
  ['UZ', 'Bukhara', ['Buxoro'], 39.77, 64.42],
  ['UZ', 'Fergana', ['Ferghana', "Farg'ona"], 40.38, 71.79],
  ['UZ', 'Jizzakh', ['Jizzax', 'Djizak'], 40.12, 67.84],
  ['UZ', 'Karakalpakstan', ['Qoraqalpogʻiston', 'Karakalpak'], 42.46, 59.6],
  ['UZ', 'Kashkadarya', ['Qashqadaryo', 'Kashkadarya'], 38.86, 65.79],
  ['UZ', 'Khorezm', ['Xorazm', 'Khorazm'], 41.55, 60.63],
  ['UZ', 'Namangan', [], 41.0, 71.67],
  ['UZ', 'Navoi', ['Navoiy'], 40.1, 65.38],
  ['UZ', 'Samarkand', ['Samarqand'], 39.65, 66.96],
  ['UZ', 'Surkhandarya', ['Surxondaryo', 'Surkhandarya'], 37.22, 67.28],
  ['UZ', 'Syrdarya', ['Sirdaryo'], 40.49, 68.78],
  ['UZ', 'Tashkent', ['Toshkent'], 41.31, 69.28],
  // Turkmenistan
  ['TM', 'Ahal', ['Akhal'], 38.0, 58.4],
  ['TM', 'Balkan', [], 39.51, 54.37],
  ['TM', 'Dashoguz', ['Dasoguz', 'Dashhowuz'], 41.84, 59.97],
  ['TM', 'Lebap', [], 39.08, 63.58],
  ['TM', 'Mary', [], 37.6, 61.83],
];

export interface Region {
  countryCode: string;
  name: string;
  /** The name and its other spellings. */
  names: readonly string[];
  lat: number;
  lon: number;
}

function keyOf(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();
}

const BY_KEY = new Map<string, Region[]>();
for (const [countryCode, name, aliases, lat, lon] of REGION_TABLE) {
  // Spellings that differ only in punctuation ("Issyk-Kul", "Issyk Kul") share a key: list the region once.
  for (const key of new Set([name, ...aliases].map(keyOf))) {
    BY_KEY.set(key, [...(BY_KEY.get(key) ?? []), { countryCode, name, names: [name, ...aliases], lat, lon }]);
  }
}

/** The table's region for a name as written ("Sogd" → Sughd, TJ), in the given country when one is known. */
export function findRegion(name: string, countryCode: string | null): Region | null {
  const found = BY_KEY.get(keyOf(name)) ?? [];
  const fitting = countryCode ? found.filter((r) => r.countryCode === countryCode) : found;
  return fitting.length === 1 ? fitting[0]! : null;
}
