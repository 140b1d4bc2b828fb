/**
 * The baseline the SDG scorer is measured against: TF-IDF of words and word pairs
 * (sublinear term frequency, L2-normalised) and one logistic regression per goal
 * (one-vs-rest, L2 penalty), trained on the tune half of the dev pages. Deterministic:
 * full-batch gradient descent from zero weights, features in sorted order.
 */
import type { DevPage } from './devData';
import { GOALS } from './devData';

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

function ngrams(text: string): string[] {
  const words = (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, ''));
  const grams = [...words];
  for (let i = 0; i + 1 < words.length; i++) grams.push(`${words[i]} ${words[i + 1]}`);
  return grams;
}

type SparseVector = { index: Int32Array; value: Float64Array };

export class TfidfBaseline {
  private readonly vocabulary = new Map<string, number>();
  private idf: number[] = [];
  private readonly weights = new Map<string, { w: Float64Array; b: number }>();

  constructor(pages: DevPage[], { minDf = 3, l2 = 1e-5, iterations = 500, learningRate = 8 } = {}) {
    const df = new Map<string, number>();
    const grams = pages.map((page) => ngrams(page.text));
    for (const list of grams) for (const gram of new Set(list)) df.set(gram, (df.get(gram) ?? 0) + 1);
    for (const gram of [...df.keys()].filter((g) => df.get(g)! >= minDf).sort()) this.vocabulary.set(gram, this.vocabulary.size);
    this.idf = [...this.vocabulary.keys()].map((gram) => Math.log((1 + pages.length) / (1 + df.get(gram)!)) + 1);
    const vectors = grams.map((list) => this.vectorOf(list));
    for (const goal of GOALS) {
      const y = pages.map((page) => (page.goals.includes(goal) ? 1 : 0));
      this.weights.set(goal, train(vectors, y, this.vocabulary.size, l2, iterations, learningRate));
    }
  }

  private vectorOf(grams: string[]): SparseVector {
    const tf = new Map<number, number>();
    for (const gram of grams) {
      const index = this.vocabulary.get(gram);
      if (index !== undefined) tf.set(index, (tf.get(index) ?? 0) + 1);
    }
    const entries = [...tf].sort((a, b) => a[0] - b[0]).map(([i, n]) => [i, (1 + Math.log(n)) * this.idf[i]] as const);
    const norm = Math.sqrt(entries.reduce((sum, [, v]) => sum + v * v, 0)) || 1;
    return { index: Int32Array.from(entries.map(([i]) => i)), value: Float64Array.from(entries.map(([, v]) => v / norm)) };
  }

  /** Probability of each goal for a text. */
  probabilities(text: string): Map<string, number> {
    const x = this.vectorOf(ngrams(text));
    return new Map(GOALS.map((goal) => [goal, sigmoid(dot(this.weights.get(goal)!, x))]));
  }
}

function dot(model: { w: Float64Array; b: number }, x: SparseVector): number {
  let z = model.b;
  for (let k = 0; k < x.index.length; k++) z += model.w[x.index[k]] * x.value[k];
  return z;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function train(xs: SparseVector[], y: number[], size: number, l2: number, iterations: number, learningRate: number) {
  const model = { w: new Float64Array(size), b: 0 };
  const gradient = new Float64Array(size);
  for (let it = 0; it < iterations; it++) {
    gradient.fill(0);
    let gb = 0;
    for (let n = 0; n < xs.length; n++) {
      const error = sigmoid(dot(model, xs[n])) - y[n];
      gb += error;
      const x = xs[n];
      for (let k = 0; k < x.index.length; k++) gradient[x.index[k]] += error * x.value[k];
    }
    for (let i = 0; i < size; i++) model.w[i] -= learningRate * (gradient[i] / xs.length + l2 * model.w[i]);
    model.b -= learningRate * (gb / xs.length);
  }
  return model;
}
