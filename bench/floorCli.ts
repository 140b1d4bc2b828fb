import { readFileSync } from 'node:fs';
import { parseFloor } from './parseFloor';

// The parse floor as a command over the same files the CLIs lint, for wall time and memory.
for (const file of process.argv.slice(2)) parseFloor(readFileSync(file, 'utf8'));
