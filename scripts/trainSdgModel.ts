/**
 * Trains the SDG scorer's models (`npm run train:sdg`) and writes them to
 * server/src/knowledge/data/sdg-model/: `sdg-model.en.json`, `sdg-model.es.json` and
 * `sdg-model.fr.json` (curated terms plus weights learned for the listed phrases from
 * pages in that language) and `sdg-model.json` (the scale of curated weights only, trained
 * on pages of every language, for German and as the start of the Spanish and French models).
 *
 * Data: the tune half of ../shared/data/sdg-labelled/undp-dev.jsonl (pages whose id's
 * character codes sum to an even number; the odd half is only ever measured by
 * `npm run eval:sdg`) and the `dev` paragraphs of test/fixtures/sdg-eval. Each text is
 * read as a brief, exactly as the linter reads it: only body prose counts, and a phrase
 * counts by the paragraphs it occurs in, log2(1 + n).
 *
 * Model, per goal: log-odds = bias + length × log2(1 + words) + curated × (sum of curated
 * weights × paragraph factor) + share × (that sum's share of the sums of all goals) + sum of
 * learned phrase weights × paragraph factor. The share lets a goal most of the text's
 * evidence points to stand out from goals it only touches. Learned
 * weights are kept at zero or above (evidence only, never counter-evidence), with L1 and L2
 * penalties so that only phrases that say much about a goal keep a weight. Spanish and
 * French, with few pages, start from the model of every language, keep its length term and
 * curated scale, and hold their bias close to it. Full-batch AdaGrad from fixed starting
 * points, in a fixed order: the same data give the same files.
 *
 * Two-fold cross-validation on the tune half (each half scored by a model trained on the
 * other, through the same scorer the linter uses) calibrates each goal's log-odds (a scale
 * and a shift, folded into the written model) and chooses the threshold and the bar of a
 * suggestion's strongest paragraph.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBrief, type ParsedBrief } from '../server/src/engine/parseBrief';
import { PhraseMatcher, tokensOf } from '../server/src/engine/phraseMatcher';
import { BUILTIN_KNOWLEDGE } from '../server/src/knowledge/loadKnowledge';
import { bodyBlocks } from '../server/src/analyses/sdg/bodyProse';
import { countWords } from '../server/src/analyses/prose/prose';
import { buildTermList, type SdgModel, type Term } from '../server/src/analyses/sdg/termList';
import { countPhrases, curatedShare, lengthFactor, paragraphFactor, saysMoreThanOnce, SdgScorer } from '../server/src/analyses/sdg/sdgScorer';

import { readDevPages, asUntaggedBrief, GOALS, addCounts, emptyCounts, precision, recall, fmt, type DevPage } from './sdg/devData';
import { readLabelledParagraphs } from './evalSdg';

const MAX_PHRASES_PER_GOAL = 400;
const MIN_LEARNED_WEIGHT = 0.05;
/** Least score of one paragraph for it to speak clearly of a goal: the bar sdg-unsupported holds a tag to, and the paragraphs a suggestion counts. */
const CLEAR_PARAGRAPH = 0.5;
/**
 * Pull of each goal's calibration towards no change (in pages), and the range of its scale
 * and shift: a language with few pages keeps close to the trained model.
 */
const CALIBRATION_PRIOR = 10;
const CALIBRATION_SCALE = [0.1, 3];
const CALIBRATION_SHIFT = 3;
/** How strongly a model trained on few pages is held to the model it starts from. */
const PRIOR_PULL = 0.05;
/**
 * Precision the threshold is chosen for, in cross-validation on half the tune pages; trained
 * on all of them the model is a little more precise. The authors' tags are loose, so this is
 * far from the precision a reviewer sees.
 */
const TARGET_PRECISION = 0.74;
/** Most words of a text that its strongest paragraph may decide alone (the labelled paragraphs have about 85; real pages and briefs have more). */
const SHORT_TEXT = 150;
/** Precision kept on the labelled paragraphs, whose labels are strict. */
const PARAGRAPH_PRECISION = 0.95;
const PARAGRAPH_WEIGHT = 3;
const ITERATIONS = 400;
const L1 = 0.002;
const L2 = 0.01;

interface Example {
  brief: ParsedBrief;
  words: number;
  goals: string[];
  lang: string;
  /** Long English pages: the figure the scorer is held to. */
  long: boolean;
  /** A labelled paragraph of test/fixtures/sdg-eval. */
  paragraph: boolean;
  fold: number;
  weight: number;
}

interface Features {
  /** Curated score per goal: sum of curated weights × paragraph factor. */
  curated: Float64Array;
  /** Each goal's share of the curated evidence of all goals. */
  share: Float64Array;
  length: number;
  index: Int32Array;
  value: Float64Array;
}

function toExample(text: string, goals: string[], lang: string, fold: number, weight: number, long: boolean): Example {
  const brief = parseBrief(text);
  const words = bodyBlocks(brief).reduce((sum, unit) => sum + countWords(brief, unit), 0);
  return { brief, words, goals, lang, fold, weight, long, paragraph: weight === PARAGRAPH_WEIGHT };
}

function foldOf(id: string): number {
  let sum = 0;
  for (const char of id) sum += char.codePointAt(0)!;
  return (sum >> 1) % 2;
}

function readExamples(): Example[] {
  const pages = readDevPages().filter((page) => page.split === 'tune');
  const fromPages = pages.map((page: DevPage) => toExample(asUntaggedBrief(page), page.goals, page.lang, foldOf(page.id), 1, page.lang === 'en' && page.words >= 600));
  const fromParagraphs = readLabelledParagraphs('dev').map((paragraph, i) =>
    toExample(`---\nlang: en\nsdgs: []\n---\n\n${paragraph.text}\n`, paragraph.goals, 'en', i % 2, PARAGRAPH_WEIGHT, false),
  );
  return [...fromPages, ...fromParagraphs];
}

const UNTRAINED: SdgModel = { threshold: 0.5, clearParagraph: CLEAR_PARAGRAPH, suggestionParagraph: 0, strongParagraph: Infinity, shortText: SHORT_TEXT, goals: {} };

/** The listed phrases of a language (curated and official), each with its term. */
function listedPhrases(lang: string): Map<string, Term> {
  const terms = new Map<string, Term>();
  for (const term of buildTermList(lang, BUILTIN_KNOWLEDGE.sdg, UNTRAINED)!) if (!terms.has(term.canonical)) terms.set(term.canonical, term);
  return terms;
}

function featuresOf(examples: Example[], lang: string, candidates: string[]): Features[] {
  const terms = buildTermList(lang, BUILTIN_KNOWLEDGE.sdg, UNTRAINED)!;
  const index = new Map(candidates.map((phrase, i) => [phrase, i]));
  const matcher = new PhraseMatcher(terms.map((term) => ({ phrase: term.phrase, value: term, caseSensitive: term.caseSensitive })));
  return examples.map((example) => {
    const units = bodyBlocks(example.brief);
    const curated = new Float64Array(GOALS.length);
    const learned: [number, number][] = [];
    for (const [phrase, found] of countPhrases(matcher, tokensOf(example.brief), example.brief.prose, units)) {
      const x = paragraphFactor(found.paragraphs.length);
      GOALS.forEach((goal, g) => (curated[g] += (found.term.weights[goal] ?? 0) * x));
      const i = index.get(phrase);
      if (i !== undefined) learned.push([i, x]);
    }
    learned.sort((a, b) => a[0] - b[0]);
    const total = curated.reduce((sum, x) => sum + x, 0);
    const share = curated.map((x) => curatedShare(x, total));
    return { curated, share, length: lengthFactor(example.words), index: Int32Array.from(learned.map(([i]) => i)), value: Float64Array.from(learned.map(([, x]) => x)) };
  });
}

interface GoalParams {
  bias: number;
  length: number;
  curated: number;
  share: number;
  w: Float64Array;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The phrases that may carry weight for a goal: those the term list gives to it. */
function listedFor(goal: string, phrases: string[], terms: Map<string, Term>): Uint8Array {
  return Uint8Array.from(phrases.map((phrase) => ((terms.get(phrase)?.weights[goal] ?? 0) > 0 ? 1 : 0)));
}

/** Trained parameters of a goal that another model starts from and is pulled towards. */
type Prior = { bias: number; length: number; curated: number; share?: number };

function trainGoal(examples: Example[], features: Features[], g: number, size: number, allowed: Uint8Array, prior?: Prior): GoalParams {
  const goal = GOALS[g];
  const params: GoalParams = { bias: prior?.bias ?? 0, length: prior?.length ?? 0, curated: prior?.curated ?? 0.5, share: prior?.share ?? 0, w: new Float64Array(size) };
  const pull = prior ? PRIOR_PULL : 0;
  const squares = { bias: 1e-8, length: 1e-8, curated: 1e-8, share: 1e-8, w: new Float64Array(size).fill(1e-8) };
  const gradient = new Float64Array(size);
  const rate = 0.5;
  const totalWeight = examples.reduce((sum, e) => sum + e.weight, 0);
  // Two stages: the phrases' weights as they would be without the share, so that what a paragraph
  // adds to a goal means the same as before; then, those kept, the weight of the share and the bias.
  // A model of few pages has one stage: it keeps the share of the model it starts from.
  for (let it = 0; it < (prior ? ITERATIONS : 2 * ITERATIONS); it++) {
    const sharing = !prior && it >= ITERATIONS;
    if (it === ITERATIONS) squares.bias = 1e-8;
    gradient.fill(0);
    let gBias = 0;
    let gLength = 0;
    let gCurated = 0;
    let gShare = 0;
    for (let n = 0; n < examples.length; n++) {
      const f = features[n];
      let z = params.bias + params.length * f.length + params.curated * f.curated[g] + params.share * f.share[g];
      for (let k = 0; k < f.index.length; k++) z += params.w[f.index[k]] * f.value[k];
      const error = ((sigmoid(z) - (examples[n].goals.includes(goal) ? 1 : 0)) * examples[n].weight) / totalWeight;
      gBias += error;
      gLength += error * f.length;
      gCurated += error * f.curated[g];
      gShare += error * f.share[g];
      for (let k = 0; k < f.index.length; k++) if (allowed[f.index[k]]) gradient[f.index[k]] += error * f.value[k];
    }
    if (prior) gBias += pull * (params.bias - prior.bias);
    squares.bias += gBias ** 2;
    params.bias -= (rate * gBias) / Math.sqrt(squares.bias);
    if (sharing) {
      squares.share += gShare ** 2;
      params.share = Math.max(0, params.share - (rate * gShare) / Math.sqrt(squares.share));
      continue;
    }
    // A model of few pages keeps the length term and the scale of curated weights it starts from:
    // its pages cannot say that a curated phrase is no evidence.
    if (!prior) {
      squares.length += gLength ** 2;
      params.length -= (rate * gLength) / Math.sqrt(squares.length);
      squares.curated += gCurated ** 2;
      params.curated = Math.max(0, params.curated - (rate * gCurated) / Math.sqrt(squares.curated));
    }
    for (let i = 0; i < size; i++) {
      if (!allowed[i]) continue;
      const gi = gradient[i] + L2 * params.w[i];
      if (gi === 0 && params.w[i] === 0) continue;
      squares.w[i] += gi ** 2;
      const step = rate / Math.sqrt(squares.w[i]);
      // Proximal L1 step, kept at zero or above: a phrase is evidence for a goal or nothing.
      params.w[i] = Math.max(0, params.w[i] - step * gi - step * L1);
    }
  }
  return params;
}

const round = (value: number) => Number(value.toFixed(3));

function train(examples: Example[], features: Features[], candidates: string[], lang: string, prior?: SdgModel): SdgModel {
  const goals: SdgModel['goals'] = {};
  const listed = lang === 'any' ? new Map<string, Term>() : listedPhrases(lang);
  GOALS.forEach((goal, g) => {
    const params = trainGoal(examples, features, g, candidates.length, listedFor(goal, candidates, listed), prior?.goals[goal]);
    const phrases = candidates
      .map((phrase, i) => [phrase, round(params.w[i])] as const)
      .filter(([, weight]) => weight >= MIN_LEARNED_WEIGHT)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_PHRASES_PER_GOAL);
    goals[goal] = { bias: round(params.bias), length: round(params.length), curated: round(params.curated), share: round(params.share), ...(lang !== 'any' ? { phrases: Object.fromEntries(phrases) } : {}) };
  });
  return { ...UNTRAINED, goals };
}

/** Predictions as sdg-suggest makes them: at most `max` goals, strongest first, plus the goals the text cites. */
function predictions(model: SdgModel, examples: Example[], lang: string): { score: number; confidence: number; goal: string; clear: number; strongest: number; moreThanOnce: boolean }[][] {
  const scorer = new SdgScorer(buildTermList(lang, BUILTIN_KNOWLEDGE.sdg, model)!, model);
  return examples.map((example) =>
    scorer
      .score(tokensOf(example.brief), example.brief.prose, bodyBlocks(example.brief), example.words)
      .map((evidence) => ({ goal: evidence.goal, score: evidence.score, confidence: evidence.confidence, clear: evidence.peakParagraph, strongest: evidence.strongest, moreThanOnce: saysMoreThanOnce(evidence) })),
  );
}

type Scored = ReturnType<typeof predictions>;

/** Goals chosen as the scorer chooses them, at most three (sdg-suggest's default), strongest first. */
function choose(scored: Scored[number], threshold: number, suggestionParagraph: number, strongParagraph: number, most = 3): string[] {
  return scored
    .filter((p) => (p.confidence >= threshold && p.clear >= suggestionParagraph && p.moreThanOnce) || p.strongest >= strongParagraph)
    .slice(0, most)
    .map((p) => p.goal);
}

function measure(examples: Example[], scored: Scored, which: (e: Example) => boolean, decide: (s: Scored[number]) => string[]) {
  const counts = emptyCounts();
  examples.forEach((example, n) => which(example) && addCounts(counts, decide(scored[n]), example.goals));
  return counts;
}

/**
 * The threshold and the bar of a clear paragraph: most recall on long pages at the target
 * precision. Then the bar of a paragraph strong enough on its own in a short text (which
 * has little else to show): the lowest that keeps the labelled paragraphs precise.
 */
function chooseDecision(examples: Example[], scored: Scored, lang: string) {
  // English is held to its long pages; the other languages have few, so all their pages count.
  const measured = (e: Example) => (lang === 'en' || lang === 'any' ? e.long : !e.paragraph);
  let best = { threshold: 0.5, suggestionParagraph: 0, strongParagraph: Infinity, recall: 0, precision: 0 };
  for (const suggestionParagraph of [0, 0.25, 0.5, 0.75, 1, 1.5, 2]) {
    for (let threshold = 0.2; threshold <= 0.8; threshold += 0.025) {
      const counts = measure(examples, scored, measured, (p) => choose(p, threshold, suggestionParagraph, Infinity));
      if (process.env.SDG_TRAIN_VERBOSE) console.log(`paragraph ${suggestionParagraph} threshold ${threshold.toFixed(3)}: ${fmt(precision(counts))}/${fmt(recall(counts))}`);
      if (precision(counts) >= TARGET_PRECISION && recall(counts) > best.recall) best = { ...best, threshold, suggestionParagraph, recall: recall(counts), precision: precision(counts) };
    }
  }
  if (process.env.SDG_TRAIN_VERBOSE) {
    for (const most of [2, 3, 4, 5]) {
      for (const threshold of [0.4, 0.5, 0.6, 0.7]) {
        const counts = measure(examples, scored, measured, (p) => choose(p, threshold, best.suggestionParagraph, Infinity, most));
        console.log(`at most ${most}, threshold ${threshold}: ${fmt(precision(counts))}/${fmt(recall(counts))}`);
      }
    }
  }
  for (let strongParagraph = 15; strongParagraph >= 2; strongParagraph -= 0.25) {
    const decide = (p: Scored[number]) => choose(p, best.threshold, best.suggestionParagraph, strongParagraph);
    const paragraphs = measure(examples, scored, (e) => e.paragraph, decide);
    const pages = measure(examples, scored, measured, decide);
    if (process.env.SDG_TRAIN_VERBOSE) console.log(`strong ${strongParagraph}: paragraphs ${fmt(precision(paragraphs))}/${fmt(recall(paragraphs))} pages ${fmt(precision(pages))}/${fmt(recall(pages))}`);
    if (precision(paragraphs) < PARAGRAPH_PRECISION) break;
    best = { ...best, strongParagraph, recall: recall(pages), precision: precision(pages) };
  }
  return best;
}

/** What each language's model is trained on: its own pages, or (the model of curated weights only) all pages. */
const MODEL_LANGUAGES: Record<string, (example: Example) => boolean> = {
  en: (e) => e.lang === 'en',
  any: () => true,
  es: (e) => e.lang === 'es',
  fr: (e) => e.lang === 'fr',
};
/** Languages with few pages start from the model trained on all pages: they learn phrase weights, and a bias held close to it. */
const FEW_PAGES = ['es', 'fr'];

/**
 * Per goal, a scale and a shift of the log-odds (Platt scaling) fitted on the cross-validated
 * scores of the tune half, so that one threshold means the same confidence for every goal.
 */
function calibrate(examples: Example[], scored: Scored): Map<string, { scale: number; shift: number }> {
  const calibration = new Map<string, { scale: number; shift: number }>();
  for (const goal of GOALS) {
    const points = examples.flatMap((example, n) => scored[n].filter((p) => p.goal === goal).map((p) => ({ z: p.score, y: example.goals.includes(goal) ? 1 : 0, w: example.weight })));
    let scale = 1;
    let shift = 0;
    // Newton's method on the two parameters, with a small pull towards no change.
    for (let it = 0; it < 50 && points.length > 0; it++) {
      let gA = CALIBRATION_PRIOR * (scale - 1);
      let gB = CALIBRATION_PRIOR * shift;
      let hAA = CALIBRATION_PRIOR;
      let hAB = 0;
      let hBB = CALIBRATION_PRIOR;
      for (const { z, y, w } of points) {
        const q = sigmoid(scale * z + shift);
        gA += w * (q - y) * z;
        gB += w * (q - y);
        const h = w * q * (1 - q);
        hAA += h * z * z;
        hAB += h * z;
        hBB += h;
      }
      const det = hAA * hBB - hAB * hAB;
      scale -= (hBB * gA - hAB * gB) / det;
      shift -= (hAA * gB - hAB * gA) / det;
    }
    const clamp = (value: number, least: number, most: number) => Math.min(most, Math.max(least, value));
    calibration.set(goal, { scale: clamp(scale, CALIBRATION_SCALE[0], CALIBRATION_SCALE[1]), shift: clamp(shift, -CALIBRATION_SHIFT, CALIBRATION_SHIFT) });
  }
  return calibration;
}

function calibratedScores(scored: Scored, calibration: Map<string, { scale: number; shift: number }>): Scored {
  return scored.map((page) =>
    page
      .map((p) => {
        const { scale, shift } = calibration.get(p.goal)!;
        const score = scale * p.score + shift;
        return { ...p, score, confidence: sigmoid(score), clear: scale * p.clear };
      })
      .sort((a, b) => b.score - a.score),
  );
}

/** The model with each goal's log-odds scaled and shifted: every weight scales, the shift joins the bias. */
function calibratedModel(model: SdgModel, calibration: Map<string, { scale: number; shift: number }>): SdgModel['goals'] {
  return Object.fromEntries(
    Object.entries(model.goals).map(([goal, params]) => {
      const { scale, shift } = calibration.get(goal)!;
      const phrases = params.phrases && Object.fromEntries(Object.entries(params.phrases).map(([phrase, weight]) => [phrase, round(scale * weight)]));
      return [goal, { bias: round(scale * params.bias + shift), length: round(scale * params.length), curated: round(scale * params.curated), share: round(scale * (params.share ?? 0)), ...(phrases && { phrases }) }];
    }),
  );
}

if (require.main === module) {
  const examples = readExamples();
  const out = join(__dirname, '..', 'server', 'src', 'knowledge', 'data', 'sdg-model');
  const trained = new Map<string, SdgModel>();
  for (const lang of (process.env.SDG_TRAIN_LANGS ?? Object.keys(MODEL_LANGUAGES).join(',')).split(',')) {
    const chosen = examples.filter(MODEL_LANGUAGES[lang]);
    // A language with a model of its own learns a weight for each listed phrase; the model for the others learns the scale of curated weights only.
    const candidates = lang === 'any' ? [] : [...listedPhrases(lang).keys()].sort();
    const prior = FEW_PAGES.includes(lang) ? trained.get('any') : undefined;
    // Each language's pages are read with its own term list.
    const features: Features[] = new Array(chosen.length);
    for (const l of [...new Set(chosen.map((e) => e.lang))]) {
      const idx = chosen.map((e, i) => (e.lang === l ? i : -1)).filter((i) => i >= 0);
      const f = featuresOf(idx.map((i) => chosen[i]), l, candidates);
      idx.forEach((i, k) => (features[i] = f[k]));
    }
    // Two-fold cross-validation on the tune half: each half scored by a model trained on the other.
    const scored: Scored = new Array(chosen.length);
    for (const fold of [0, 1]) {
      const trainIdx = chosen.map((e, i) => (e.fold !== fold ? i : -1)).filter((i) => i >= 0);
      const testIdx = chosen.map((e, i) => (e.fold === fold ? i : -1)).filter((i) => i >= 0);
      const model = train(trainIdx.map((i) => chosen[i]), trainIdx.map((i) => features[i]), candidates, lang, prior);
      for (const l of [...new Set(testIdx.map((i) => chosen[i].lang))]) {
        const idx = testIdx.filter((i) => chosen[i].lang === l);
        const p = predictions(model, idx.map((i) => chosen[i]), l);
        idx.forEach((i, k) => (scored[i] = p[k]));
      }
    }
    // Those scores calibrate each goal, then choose the threshold and the bar of a suggestion's strongest paragraph.
    const calibration = calibrate(chosen, scored);
    const decision = chooseDecision(chosen, calibratedScores(scored, calibration), lang);
    console.log(`${lang}: cross-validated on the tune half, threshold ${fmt(decision.threshold)}, suggestion paragraph ${decision.suggestionParagraph}, strong paragraph ${decision.strongParagraph}: precision ${fmt(decision.precision)}, recall ${fmt(decision.recall)}`);
    const model = train(chosen, features, candidates, lang, prior);
    trained.set(lang, model);
    const file = {
      $schema: '../../schemas/sdg-model.schema.json',
      language: lang,
      source: 'Trained by scripts/trainSdgModel.ts (npm run train:sdg) on the tune half of the UNDP Accelerator Labs pages (MIT) and the dev paragraphs of test/fixtures/sdg-eval.',
      threshold: round(decision.threshold),
      clearParagraph: CLEAR_PARAGRAPH,
      suggestionParagraph: decision.suggestionParagraph,
      // A bar no paragraph reaches when none keeps the labelled paragraphs precise.
      strongParagraph: Number.isFinite(decision.strongParagraph) ? decision.strongParagraph : 1000,
      shortText: SHORT_TEXT,
      goals: calibratedModel(model, calibration),
    };
    if (!process.env.SDG_DRY) writeFileSync(join(out, lang === 'any' ? 'sdg-model.json' : `sdg-model.${lang}.json`), `${JSON.stringify(file, null, 1)}\n`);
  }
}
