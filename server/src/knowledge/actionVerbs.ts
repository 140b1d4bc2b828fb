/**
 * Verbs a recommendation can open with, in the imperative ("Fund a science-policy
 * fellowship"). Teams add their own with the recommendations-actionable `verbs` option.
 */
export const ACTION_VERBS = [
  'accelerate', 'adapt', 'add', 'adopt', 'advance', 'advocate', 'align', 'allocate', 'amend', 'analyse', 'analyze', 'anchor', 'appoint',
  'apply', 'approve', 'assess', 'assign', 'attract', 'audit', 'avoid', 'broaden', 'build', 'calculate', 'campaign', 'champion', 'clarify',
  'co-create', 'co-design', 'co-fund', 'collaborate', 'collect', 'combine', 'commission', 'commit', 'communicate', 'compile', 'complete',
  'conduct', 'connect', 'consolidate', 'consult', 'convene', 'coordinate', 'co-ordinate', 'create', 'cut', 'define', 'deliver', 'deploy',
  'design', 'designate', 'develop', 'diversify', 'document', 'double', 'draft', 'embed', 'empower', 'enable', 'encourage', 'endorse',
  'engage', 'enhance', 'enlist', 'enrol', 'enroll', 'ensure', 'establish', 'evaluate', 'expand', 'explore', 'extend', 'facilitate',
  'finance', 'focus', 'formalise', 'formalize', 'foster', 'frame', 'fund', 'give', 'grow', 'harmonise', 'harmonize', 'help', 'host',
  'identify', 'implement', 'improve', 'include', 'incorporate', 'increase', 'institutionalise', 'institutionalize', 'integrate', 'introduce',
  'invest', 'invite', 'involve', 'join', 'launch', 'lead', 'learn', 'leverage', 'link', 'lobby', 'localise', 'localize', 'maintain',
  'make', 'map', 'measure', 'mainstream', 'mobilise', 'mobilize', 'monitor', 'negotiate', 'nominate', 'offer', 'open', 'organise',
  'organize', 'partner', 'pilot', 'plan', 'pool', 'prepare', 'prioritise', 'prioritize', 'promote', 'propose', 'protect', 'provide',
  'publish', 'pursue', 'raise', 'recognise', 'recognize', 'recruit', 'reduce', 'reform', 'register', 'reinforce', 'report', 'require',
  'reserve', 'review', 'revise', 'reward', 'run', 'scale', 'secure', 'seek', 'select', 'set', 'share', 'shift', 'showcase', 'sign',
  'simplify', 'sponsor', 'stage', 'standardise', 'standardize', 'start', 'streamline', 'strengthen', 'submit', 'support', 'sustain',
  'target', 'test', 'track', 'train', 'translate', 'transform', 'trial', 'update', 'upgrade', 'use', 'validate', 'widen', 'work',
];
