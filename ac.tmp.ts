import { lint } from './server/src/pipeline/defaults';
for (const body of process.argv.slice(2)) {
  const text = `---\ntitle: T\ntype: policy-brief\n---\n\n# T\n\n${body}\n`;
  console.log(lint(text).filter((d) => d.rule?.startsWith('vocabulary-acronym')).map((d) => d.rule + ': ' + d.message.slice(0, 90)));
}
