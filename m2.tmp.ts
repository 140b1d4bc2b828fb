import { readCorpus, lintCorpus } from './test/real-text/corpus';
const ids = process.argv.slice(2);
const docs = readCorpus({ allUndpPages: true }).filter((d) => ids.some((id) => d.file.endsWith(id)));
for (const f of lintCorpus(docs)) if (f.rule === 'sdg-suggest') console.log(f.file.split('/').pop(), f.line, f.message);
