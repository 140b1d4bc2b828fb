import { seededRandom } from './generateBrief';

/** Words a team's initiatives are named from: "Kigali Urban Heat Observatory", "Lisbon Open Water Data Alliance". */
const CITIES = ['Barcelona', 'Geneva', 'Berlin', 'Helsinki', 'Kigali', 'Miami', 'Bangalore', 'Mexico City', 'Copenhagen', 'Montréal', 'Nairobi', 'Lisbon', 'Porto', 'Quito', 'Accra', 'Seoul', 'Osaka', 'Lagos', 'Leeds', 'Ghent'];
const COUNTRIES = ['Spain', 'Switzerland', 'Germany', 'Finland', 'Rwanda', 'United States', 'India', 'Mexico', 'Denmark', 'Canada', 'Kenya', 'Portugal', 'Portugal', 'Ecuador', 'Ghana', 'South Korea', 'Japan', 'Nigeria', 'United Kingdom', 'Belgium'];
const QUALIFIERS = ['Urban', 'Open', 'Coastal', 'Digital', 'Green', 'Circular', 'Civic', 'Resilient', 'Smart', 'Shared', 'Regional', 'Youth'];
const TOPICS = ['Heat', 'Water Data', 'Air Quality', 'Energy', 'Mobility', 'Food', 'Health Data', 'Flood', 'Talent', 'Housing', 'Waste', 'Science Advice'];
const KINDS = ['Lab', 'Observatory', 'Alliance', 'Fellowship', 'Hub', 'Fund', 'Forum', 'Network', 'Compact', 'Platform'];
const GOALS = ['3', '4', '6', '7', '9', '11', '12', '13', '17'];

/**
 * A team's own catalogue of `count` initiatives (about 300 bytes each, so 10,000 make
 * 3 MB of JSON), the same for the same seed: names built from a few words, so many
 * share a prefix, as the catalogue of a large city network does.
 */
export function generateTeamCatalogue(count: number, seed: number): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const initiatives = Array.from({ length: count }, (_, i) => {
    const city = Math.floor(random() * CITIES.length);
    const name = `${CITIES[city]} ${pick(QUALIFIERS)} ${pick(TOPICS)} ${pick(KINDS)} ${i + 1}`;
    const goal = pick(GOALS);
    return {
      id: name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-'),
      name,
      aliases: random() < 0.2 ? [`${name.split(' ').map((word) => word[0]).join('')}${i + 1}`] : [],
      city: CITIES[city],
      country: COUNTRIES[city],
      year: 2000 + Math.floor(random() * 26),
      summary: `City officials and researchers working together on ${pick(TOPICS).toLowerCase()}.`,
      sdgs: [goal, `${goal}.${1 + Math.floor(random() * 5)}`],
    };
  });
  return JSON.stringify({ initiatives }, null, 1);
}
