/**
 * The requests DiploBrief adds to LSP, shared by the server and the VS Code client.
 * Types and method names only, so the client bundle stays small.
 */

/** The code-action kind of "fix all DiploBrief problems", asked for on save (`editor.codeActionsOnSave`) and by the Fix All command. */
export const FIX_ALL_KIND = 'source.fixAll.diplobrief';

/** The `source` of every DiploBrief diagnostic, by which the client tells its own from others'. */
export const DIAGNOSTIC_SOURCE = 'diplobrief';

/**
 * A client command that saves the open documents at the given URIs: run after an action
 * that edits team files, so the server, which reads them from disk, lints with them at once.
 */
export const SAVE_FILES_COMMAND = 'diplobrief.saveFiles';

/** The URI scheme of read-only views of built-in catalogue entries. */
export const BUILTIN_SCHEME = 'diplobrief-builtin';

/** The text of a `diplobrief-builtin:` document. */
export const BuiltinContentRequest = 'diplobrief/builtinContent';
export interface BuiltinContentParams {
  uri: string;
}

/** What the status bar shows for a brief. */
export const BriefStatusRequest = 'diplobrief/briefStatus';
export interface BriefStatusParams {
  uri: string;
}
export interface BriefStatus {
  isBrief: boolean;
  words: number;
  /** The word budget from the `structure-length` rule's options. */
  budget: number;
}

/** Re-reads every config, data file and brief and lints the whole workspace again. */
export const LintWorkspaceRequest = 'diplobrief/lintWorkspace';
export interface LintWorkspaceResult {
  briefs: number;
  errors: number;
  warnings: number;
  /** Information and hints, as the portfolio counts them. */
  info: number;
}

/** The initiatives a brief may reference, for the client's quick pick. */
export const InitiativesRequest = 'diplobrief/initiatives';
export interface InitiativesParams {
  uri: string;
}
export interface InitiativeSummary {
  id: string;
  kind?: 'initiative' | 'network';
  name: string;
  /** A network's seat, where known. */
  city?: string;
  country?: string;
  year?: number;
}

/** Every rule, for the client's "Show rule docs" quick pick. */
export const RulesRequest = 'diplobrief/rules';
export interface RuleSummary {
  id: string;
  description: string;
  docsUrl: string;
}

/** The portfolio of the workspace's briefs (the model of `diplobrief report`), each brief with its `uri`. */
export const PortfolioRequest = 'diplobrief/portfolio';

/**
 * Sent, a moment after briefs, configs or team data change, to a client that has asked
 * for the portfolio: the portfolio it holds is out of date.
 */
export const PortfolioChangedNotification = 'diplobrief/portfolioChanged';
