import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Diagnostic as LspDiagnostic, Range } from 'vscode-languageserver-protocol';
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

/** Where a brief cites and names initiatives. */
export interface BriefPlaces {
  citations: Citation[];
  /** Where the text names a catalogue initiative or network in plain words; never renamed with its id. */
  named: Citation[];
}

/**
 * What the workspace-wide features need of a brief (its findings, the initiatives it
 * cites, its portfolio facts), kept for every brief on disk in place of its text and tree.
 * Plain data, so a worker thread can make it. What is read only now and then (the findings,
 * sent once; the places, for find references and rename) is kept as deflated JSON, a tenth
 * of the memory of the objects: a 10,000-brief workspace then fits in a few dozen megabytes.
 */
export interface BriefSummary {
  uri: string;
  path?: string;
  /** The editor's version of an open document; undefined for a file read from disk. */
  version?: number;
  /** The findings in LSP form, deflated: see `summaryDiagnostics`. */
  diagnostics: Uint8Array;
  lint: LintSummary;
  /** The initiatives and networks the brief cites or names, so that the places of the others need not be read. */
  initiatives: string[];
  /** Where they are, deflated: see `summaryPlaces`. */
  places: Uint8Array;
  facts: BriefFacts;
  /** For a brief that was not parsed (binary, too large, nested too deep): the finding that says why. */
  refused?: Diagnostic;
}

export function summariseBrief(document: BriefDocument, diagnostics: readonly Diagnostic[]): BriefSummary {
  const { brief } = document;
  const places: BriefPlaces = {
    citations: initiativeOccurrences(brief).map(({ id, span }) => ({ id, range: brief.lines.rangeOf(span.start, span.end) })),
    named: initiativeUse(brief, document.settings.knowledge, document.linkedFiles).mentions.map(({ value, start, end }) => ({ id: value.id, range: brief.lines.rangeOf(start, end) })),
  };
  // Strings cut from the text (ids, titles) hold on to the whole text; copies of them do
  // not, so the text goes once the brief is summarised.
  const kept = JSON.parse(JSON.stringify({ facts: readBriefFacts(brief, document.settings.knowledge, document.linkedFiles), initiatives: [...new Set([...places.citations, ...places.named].map((place) => place.id))] })) as { facts: BriefFacts; initiatives: string[] };
  return {
    uri: document.uri,
    path: document.path,
    version: document.version,
    diagnostics: deflated(diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, document.uri))),
    lint: summariseLint(diagnostics),
    places: deflated(places),
    ...kept,
    ...(document.refused?.[0] && { refused: document.refused[0] }),
  };
}

/** The brief's findings in LSP form. */
export function summaryDiagnostics(summary: BriefSummary): LspDiagnostic[] {
  return inflated(summary.diagnostics) as LspDiagnostic[];
}

/** Where the brief cites and names initiatives. */
export function summaryPlaces(summary: BriefSummary): BriefPlaces {
  return inflated(summary.places) as BriefPlaces;
}

/** JSON, deflated into a buffer of its own: a slice of a shared one would carry the whole of it to the server's thread. */
function deflated(value: unknown): Uint8Array {
  return new Uint8Array(deflateRawSync(JSON.stringify(value)));
}

function inflated(bytes: Uint8Array): unknown {
  return JSON.parse(inflateRawSync(bytes).toString('utf8'));
}

/** A file on disk as last read: its stamp and its summary (undefined for a Markdown file that is not a brief). */
export interface DiskEntry {
  stamp: string;
  summary: BriefSummary | undefined;
}
