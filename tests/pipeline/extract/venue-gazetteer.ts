import { createGazetteer } from '../../../src/pipeline/gazetteer/create-gazetteer.ts';
import type { GazetteerRow } from '../../../src/pipeline/gazetteer/geonames-row.ts';

// A few real towns (GeoNames ids and points rounded), and decoys: a village named like a common
// word, a US town named like a capital. Built with the real index so ranking and hints are tested too.
type Row = [id: number, name: string, alternates: string[], country: string, lat: number, lon: number, population: number, feature: string];
const ROWS: Row[] = [
  [1526384, 'Almaty', ['Alma-Ata'], 'KZ', 43.26, 76.93, 2000900, 'PPLA'],
  [1526273, 'Astana', ['Nur-Sultan', 'Akmola'], 'KZ', 51.18, 71.45, 1000000, 'PPLC'],
  [609655, 'Karagandy', ['Karaganda'], 'KZ', 49.8, 73.1, 500000, 'PPLA'],
  [610611, 'Aktau', [], 'KZ', 43.65, 51.16, 180000, 'PPLA'],
  [610529, 'Atyrau', [], 'KZ', 47.11, 51.88, 150000, 'PPLA'],
  [608668, 'Oral', ['Uralsk'], 'KZ', 51.23, 51.37, 200000, 'PPLA'],
  [1527534, 'Osh', [], 'KG', 40.53, 72.8, 250000, 'PPLA'],
  [1528675, 'Bishkek', ['Frunze'], 'KG', 42.87, 74.59, 900000, 'PPLC'],
  [1527592, 'Naryn', [], 'KG', 41.43, 75.99, 52300, 'PPLA'],
  [1528735, 'Batken', [], 'KG', 40.06, 70.82, 10155, 'PPLA'],
  [1221874, 'Dushanbe', [], 'TJ', 38.54, 68.78, 543107, 'PPLC'],
  [613342, 'Lagodekhi', [], 'GE', 41.83, 46.28, 6550, 'PPLA2'],
  [611717, 'Tbilisi', ['Tiflis'], 'GE', 41.69, 44.83, 1049498, 'PPLC'],
  [784097, 'Vushtrri', ['Vučitrn', 'Vucitrn'], 'XK', 42.82, 20.97, 30651, 'PPLA2'],
  [593116, 'Vilnius', [], 'LT', 54.69, 25.28, 542366, 'PPLC'],
  [456172, 'Riga', [], 'LV', 56.95, 24.11, 742572, 'PPLC'],
  [3193044, 'Podgorica', [], 'ME', 42.44, 19.26, 136473, 'PPLC'],
  [3203106, 'Budva', [], 'ME', 42.29, 18.84, 18000, 'PPLA'],
  [360630, 'Cairo', [], 'EG', 30.06, 31.25, 7734614, 'PPLC'],
  [4188985, 'Cairo', [], 'US', 30.88, -84.2, 9600, 'PPL'],
  [112931, 'Tehran', [], 'IR', 35.69, 51.42, 7153309, 'PPLC'],
  [1527004, 'Balykchy', ['Issyk-Kul', 'Rybachye'], 'KG', 42.46, 76.19, 40000, 'PPL'],
  [3117735, 'Madrid', [], 'ES', 40.42, -3.7, 3255944, 'PPLC'],
  [1252395, 'Wangdue Phodrang', ['Wangdu Phodrang'], 'BT', 27.49, 89.9, 7507, 'PPLA'],
  [3573890, 'Port of Spain', ['Port-of-Spain'], 'TT', 10.67, -61.52, 49031, 'PPLC'],
  [935616, 'Le Port', ['Port'], 'RE', -20.94, 55.29, 40000, 'PPLA3'],
  [498817, 'Saint Petersburg', ['St Petersburg'], 'RU', 59.94, 30.31, 5351935, 'PPLA'],
  [2974733, 'Sète', ['St', 'Sete'], 'FR', 43.4, 3.69, 40736, 'PPL'],
  [349340, 'Sharm el-Sheikh', ['Sharm El Sheikh'], 'EG', 27.92, 34.33, 73000, 'PPL'],
  // Towns named by common words.
  [4076598, 'Mobile', [], 'US', 30.69, -88.04, 190000, 'PPLA2'],
  [3190261, 'Split', [], 'HR', 43.51, 16.44, 176314, 'PPLA'],
  [3088802, 'Police', [], 'PL', 53.55, 14.57, 20000, 'PPL'],
  [2960316, 'Luxembourg', [], 'LU', 49.61, 6.13, 76684, 'PPLC'],
  [1000001, 'Kazakhstan', [], 'RU', 55.0, 60.0, 1200, 'PPL'],
];

export const venueGazetteer = createGazetteer(
  ROWS.map(([geonameId, name, alternateNames, countryCode, lat, lon, population, featureCode]): GazetteerRow => ({
    geonameId, name, asciiName: name.normalize('NFD').replace(/\p{M}/gu, ''), alternateNames, countryCode, lat, lon, population, featureCode,
  })),
);
