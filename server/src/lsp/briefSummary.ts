import type { Range } from 'vscode-languageserver-protocol';
import type { Diagnostic } from '../engine/types';
import { readBriefFacts, type BriefFacts } from '../report/briefFacts';
import { summariseLint, type LintSummary } from '../report/portfolio';
import { toLspDiagnostic } from './lspDiagnostic';
import { initiativeOccurrences } from './features/targets';
import { initiativeUse } from '../analyses/initiatives/initiativeUse';
import type { BriefDocument } from './briefDocument';

/** Where a brief cites an initiative: a front matter tag or a reference in the text. */
export interface Citation {
  id: string;
  range: Range;
}

/**
 * What the workspace-wide features need of a brief (its findings, the initiatives it
 * cites, its portfolio facts), kept for every brief on disk in place of its text and tree.
 * Plain data, so a worker thread can make it.
 */
export interface BriefSummary {
  uri: string;
  path?: string;
  /** The editor's version of an open document; undefined for a file read from disk. */
  version?: number;
  /** The findings in LSP form, as JSON text: a quarter of the memory of the objects, and read only to be sent. */
  diagnosticsJson: string;
  lint: LintSummary;
  citations: Citation[];
  /** Where the text names a catalogue initiative or network in plain words; never renamed with its id. */
  named: Citation[];
  facts: BriefFacts;
  /** For a brief that was not parsed (binary, too large, nested too deep): the finding that says why. */
  refused?: Diagnostic;
}

export function summariseBrief(document: BriefDocument, diagnostics: readonly Diagnostic[]): BriefSummary {
  const { brief } = document;
  const kept = {
    citations: initiativeOccurrences(brief).map(({ id, span }) => ({ id, range: brief.lines.rangeOf(span.start, span.end) })),
    named: initiativeUse(brief, document.settings.knowledge, document.linkedFiles).mentions.map(({ value, start, end }) => ({ id: value.id, range: brief.lines.rangeOf(start, end) })),
    facts: readBriefFacts(brief, document.settings.knowledge, document.linkedFiles),
  };
  // Strings cut from the text (ids, titles) hold on to the whole text; copies of them do
  // not, so the text goes once the brief is summarised.
  const detached = JSON.parse(JSON.stringify(kept)) as typeof kept;
  return {
    uri: document.uri,
    path: document.path,
    version: document.version,
    diagnosticsJson: JSON.stringify(diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, document.uri))),
    lint: summariseLint(diagnostics),
    ...detached,
    ...(document.refused?.[0] && { refused: document.refused[0] }),
  };
}

/** A file on disk as last read: its stamp and its summary (undefined for a Markdown file that is not a brief). */
export interface DiskEntry {
  stamp: string;
  summary: BriefSummary | undefined;
}
