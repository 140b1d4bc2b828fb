/**
 * The results of analyses of one parsed brief, each computed once however many rules and
 * features ask for it, and dropped with the brief. An analysis keys its results by itself
 * (the function) and by the inputs it reads besides the brief (knowledge, linked files),
 * so a brief linted again with other inputs is analysed afresh.
 */
export class BriefCache {
  private readonly results = new Map<object, Entry>();

  get<T>(analysis: object, compute: () => T): T {
    return this.getFor(analysis, [], compute);
  }

  getFor<T>(analysis: object, inputs: readonly object[], compute: () => T): T {
    let entry = this.results.get(analysis);
    if (!entry) this.results.set(analysis, (entry = {}));
    for (const input of inputs) {
      entry.byInput ??= new WeakMap();
      let next = entry.byInput.get(input);
      if (!next) entry.byInput.set(input, (next = {}));
      entry = next;
    }
    if (!('result' in entry)) entry.result = compute();
    return entry.result as T;
  }
}

interface Entry {
  result?: unknown;
  byInput?: WeakMap<object, Entry>;
}
