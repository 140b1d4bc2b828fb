import vocabulary from '../server/src/knowledge/data/vocabulary.json';
import initiativesFile from '../server/src/knowledge/data/initiatives.json';
import actionAreasFile from '../server/src/knowledge/data/action-areas.json';

/**
 * Realistic briefs for the benchmark, the same for the same seed on every machine:
 * front matter with SDG, action-area and initiative tags, sections, defined and
 * undefined acronyms, vocabulary terms (and now and then a term to avoid or a US
 * spelling), initiative references, SDG mentions, tables, lists and links.
 */

/** A small, fast, seeded generator (mulberry32): Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Barcelona', 'Geneva', 'Berlin', 'Helsinki', 'Kigali', 'Miami', 'Bangalore', 'Mexico City', 'Copenhagen', 'Montréal', 'Nairobi', 'Lisbon'];
const AUTHORS = ['Joan Vidal', 'Amina Uwase', 'Léa Martin', 'Priya Rao', 'Jonas Weber', 'Sofía Hernández', 'Mikko Laine', 'Grace Otieno', 'Tomás Costa', 'Hannah Keller'];
const TOPICS = ['urban heat', 'drought resilience', 'clean energy', 'air quality', 'talent mobility', 'digital public goods', 'coastal flooding', 'public health data', 'circular economy', 'food systems'];
const VERBS = ['should establish', 'should fund', 'should convene', 'should publish', 'should pilot', 'should share', 'should strengthen', 'should appoint'];
const NOUNS = ['a science-policy interface', 'an advisory board of researchers', 'a data-sharing agreement', 'a fellowship for early-career scientists', 'a joint research fund', 'an annual city diplomacy forum', 'a shared monitoring platform'];

const TERMS = vocabulary.terms.map((term) => term.term);
const AVOIDED = vocabulary.terms.flatMap((term) => term.avoid);
const ACRONYMS = vocabulary.acronyms;
const SPELLINGS = vocabulary.spellings;
// City initiatives only (networks carry no SDGs), so the generated corpus stays the one earlier figures were measured on.
const INITIATIVES = initiativesFile.initiatives.flatMap((initiative) => (initiative.sdgs ? [{ id: initiative.id, name: initiative.name, sdgs: initiative.sdgs }] : []));
const ACTION_AREAS = actionAreasFile.actionAreas.map((area) => area.id);

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (random: Random, p: number) => random() < p;

interface BriefPlan {
  random: Random;
  city: string;
  topic: string;
  goals: string[];
  targets: string[];
  initiatives: typeof INITIATIVES;
  /** Acronyms already spelled out in this brief. */
  defined: Set<string>;
}

/** A brief of about `words` words of body text (front matter not counted). */
export function generateBrief(seed: number, words: number): string {
  const random = seededRandom(seed);
  const initiatives = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, INITIATIVES));
  const targets = [...new Set(initiatives.flatMap((initiative) => initiative.sdgs.filter((id) => id.includes('.'))))].slice(0, 3);
  const goals = [...new Set([...targets.map((id) => id.split('.')[0]), ...initiatives.flatMap((i) => i.sdgs.filter((id) => !id.includes('.')))])].slice(0, 3);
  const plan: BriefPlan = { random, city: pick(random, CITIES), topic: pick(random, TOPICS), goals, targets, initiatives, defined: new Set() };

  const body: string[] = [];
  let count = 0;
  const add = (block: string) => {
    body.push(block);
    count += block.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  };

  add(`# ${capitalise(plan.topic)} diplomacy for ${plan.city}`);
  add('## Executive summary');
  add(paragraph(plan, 4));
  const sections = ['Context', 'The evidence', 'What other cities do', 'Options for the city', 'Risks and trade-offs', 'Partners and funding'];
  // Most of the budget goes to the body sections; recommendations and references close the brief.
  const closing = 220;
  for (let section = 0; count < words - closing; section++) {
    add(`## ${sections[section % sections.length]}${section >= sections.length ? ` (${Math.floor(section / sections.length) + 1})` : ''}`);
    add(paragraph(plan, 5));
    if (count >= words - closing) break;
    add(`### ${capitalise(pick(random, TOPICS))} in ${pick(random, CITIES)}`);
    add(paragraph(plan, 6));
    if (chance(random, 0.35) && count < words - closing) add(table(plan));
    if (count < words - closing) add(paragraph(plan, 4));
  }
  add('## Recommendations');
  add(Array.from({ length: 5 }, (_, i) => `${i + 1}. The City Council ${pick(random, VERBS)} ${pick(random, NOUNS)} by ${2026 + (i % 3)}.`).join('\n'));
  add('## References');
  add(plan.initiatives.map((initiative) => `- ${initiative.name}: <https://example.org/${initiative.id}>`).join('\n'));
  return `${frontMatter(plan)}\n${body.join('\n\n')}\n`;
}

function frontMatter(plan: BriefPlan): string {
  const { random } = plan;
  const authors = [...new Set([pick(random, AUTHORS), pick(random, AUTHORS)])];
  const date = `2025-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const sdgs = [...plan.goals, ...plan.targets.map((id) => `"${id}"`)];
  return [
    '---',
    `title: ${capitalise(plan.topic)} diplomacy for ${plan.city}`,
    'type: policy-brief',
    'authors:',
    ...authors.map((name) => `  - name: ${name}\n    affiliation: ${plan.city} City Council`),
    `date: ${date}`,
    `status: ${pick(random, ['draft', 'review', 'final'])}`,
    `city: ${plan.city}`,
    'lang: en',
    `sdgs: [${sdgs.join(', ')}]`,
    `action_areas: [${[...new Set([pick(random, ACTION_AREAS), pick(random, ACTION_AREAS)])].join(', ')}]`,
    `initiatives: [${[...new Set(plan.initiatives.map((initiative) => initiative.id))].join(', ')}]`,
    `keywords: [${plan.topic}, science diplomacy, ${plan.city}]`,
    '---',
  ].join('\n');
}

function paragraph(plan: BriefPlan, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(plan)).join(' ');
}

function sentence(plan: BriefPlan): string {
  const { random } = plan;
  const initiative = pick(random, plan.initiatives);
  const acronym = pick(random, ACRONYMS);
  const spelling = pick(random, SPELLINGS);
  // Mostly British spelling, as the briefs are en-GB; one word in twenty slips into US spelling.
  const spelt = chance(random, 0.05) ? spelling.us : spelling.gb;
  const term = chance(random, 0.03) ? pick(random, AVOIDED) : pick(random, TERMS);
  const goal = pick(random, plan.goals.length > 0 ? plan.goals : ['11']);
  const templates = [
    () => `${plan.city} has used ${term} to address ${plan.topic}, and the annual report describes the results.`,
    () => `The partners' notes on ${spelt} are in the annex, with the minutes of each working group.`,
    () => `Between ${2015 + Math.floor(random() * 8)} and 2024, the number of joint projects on ${plan.topic} grew from ${2 + Math.floor(random() * 10)} to ${15 + Math.floor(random() * 40)}, mostly with universities in neighbouring regions.`,
    () => `Officials interviewed for this brief asked for shorter, earlier advice; long reports arrive after decisions are made.`,
    () => `Where the city lacks in-house expertise, a standing agreement with a university is cheaper than commissioning studies one at a time.`,
    () => `The ${pick(random, CITIES)} model relies on a small secretariat of two or three people who keep the network active between meetings.`,
    () => `As [@${initiative.id}] shows, cities can turn research networks into lasting partnerships with their neighbours.`,
    () => `The ${initiative.name} programme brought universities, companies and civil society together around ${plan.topic}.`,
    () => `${acronymUse(plan, acronym)} matters here because municipal budgets for ${plan.topic} are small and spread across departments.`,
    () => `This work contributes to SDG ${goal}${plan.targets.length > 0 && chance(random, 0.5) ? ` and in particular to target ${pick(random, plan.targets)}` : ''}.`,
    () => `A survey of ${20 + Math.floor(random() * 180)} officials found that ${30 + Math.floor(random() * 60)}% had never worked with a scientific adviser.`,
    () => `Further detail is available in the [city's open data portal](https://data.example.org/${plan.city.toLowerCase().replace(/\s/g, '-')}/${Math.floor(random() * 1000)}).`,
    () => `The council can ${spelt.length > 6 ? 'build on' : 'extend'} existing agreements rather than negotiate new ones, which saves time and political capital.`,
    () => `Experience from ${pick(random, CITIES)} suggests that ${term} works best when scientists are involved from the start, not consulted at the end.`,
    () => `**Key point:** evidence on ${plan.topic} should reach decision makers in a form they can use within a budget cycle.`,
  ];
  return pick(random, templates)();
}

/** The first use of an acronym spells it out, as the vocabulary rules expect; a few slip through undefined. */
function acronymUse(plan: BriefPlan, acronym: { acronym: string; expansion: string }): string {
  if (plan.defined.has(acronym.acronym) || chance(plan.random, 0.1)) return `The ${acronym.acronym} perspective`;
  plan.defined.add(acronym.acronym);
  return `The ${acronym.expansion} (${acronym.acronym}) perspective`;
}

function table(plan: BriefPlan): string {
  const { random } = plan;
  const rows = plan.initiatives.map((initiative) => `| ${initiative.name} | ${pick(random, CITIES)} | ${initiative.sdgs.slice(0, 2).join(', ')} | ${10 + Math.floor(random() * 90)} |`);
  return ['| Initiative | City | SDGs | Partners |', '| --- | --- | --- | ---: |', ...rows].join('\n');
}

function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
