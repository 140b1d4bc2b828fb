/**
 * Verbs a recommendation can open with, in the imperative ("Fund a science-policy
 * fellowship"). Teams add their own with the recommendations-actionable `verbs` option.
 */
export const ACTION_VERBS = [
  'accelerate', 'accept', 'act', 'adapt', 'add', 'adopt', 'advance', 'advise', 'advocate', 'align', 'allocate', 'allow', 'amend',
  'analyse', 'analyze', 'anchor', 'anticipate', 'apply', 'appoint', 'approach', 'approve', 'ask', 'assess', 'assign', 'assist', 'attend',
  'attract', 'audit', 'avoid', 'award', 'back', 'balance', 'ban', 'benchmark', 'bridge', 'brief', 'bring', 'broaden', 'budget', 'build',
  'buy', 'calculate', 'call', 'campaign', 'cap', 'catalyse', 'catalyze', 'cement', 'champion', 'choose', 'clarify', 'co-create',
  'co-design', 'co-fund', 'co-host', 'co-ordinate', 'collaborate', 'collect', 'combine', 'commission', 'commit', 'communicate', 'compare',
  'compile', 'complete', 'conduct', 'connect', 'conserve', 'consolidate', 'construct', 'consult', 'continue', 'convene', 'convert',
  'coordinate', 'create', 'cultivate', 'cut', 'dedicate', 'define', 'deliver', 'demonstrate', 'deploy', 'design', 'designate', 'develop',
  'devote', 'diversify', 'document', 'double', 'draft', 'draw', 'earmark', 'educate', 'embed', 'empower', 'enable', 'encourage', 'end',
  'endorse', 'engage', 'enhance', 'enlist', 'enrol', 'enroll', 'ensure', 'equip', 'establish', 'estimate', 'evaluate', 'examine',
  'exchange', 'expand', 'explore', 'expose', 'extend', 'facilitate', 'fill', 'finance', 'focus', 'forecast', 'formalise', 'formalize',
  'foster', 'frame', 'fund', 'gather', 'give', 'grant', 'grow', 'guarantee', 'guide', 'harmonise', 'harmonize', 'help', 'hire', 'hold',
  'host', 'identify', 'implement', 'improve', 'incentivise', 'incentivize', 'include', 'incorporate', 'increase', 'inform',
  'institutionalise', 'institutionalize', 'integrate', 'introduce', 'invest', 'investigate', 'invite', 'involve', 'join', 'keep', 'launch',
  'lead', 'learn', 'lease', 'let', 'leverage', 'limit', 'link', 'lobby', 'localise', 'localize', 'mainstream', 'maintain', 'make',
  'mandate', 'map', 'measure', 'mentor', 'merge', 'mobilise', 'mobilize', 'model', 'modernise', 'modernize', 'monitor', 'move', 'name',
  'negotiate', 'nominate', 'nurture', 'offer', 'open', 'organise', 'organize', 'oversee', 'participate', 'partner', 'phase', 'pilot',
  'place', 'plan', 'plant', 'pool', 'position', 'prepare', 'present', 'prevent', 'prioritise', 'prioritize', 'procure', 'produce',
  'promote', 'propose', 'protect', 'provide', 'publish', 'purchase', 'pursue', 'quantify', 'raise', 'reach', 'recognise', 'recognize',
  'reconcile', 'recruit', 'recycle', 'redirect', 'reduce', 'reform', 'register', 'reinforce', 'renew', 'reorganise', 'reorganize',
  'replace', 'replicate', 'report', 'represent', 'request', 'require', 'research', 'reserve', 'reskill', 'respond', 'restore',
  'restructure', 'retain', 'retrofit', 'reuse', 'review', 'revise', 'revisit', 'reward', 'roll', 'run', 'safeguard', 'scale', 'scale-up',
  'schedule', 'scope', 'secure', 'seek', 'seize', 'select', 'send', 'serve', 'set', 'shape', 'share', 'shift', 'showcase', 'sign',
  'simplify', 'speak', 'spend', 'sponsor', 'spread', 'stage', 'standardise', 'standardize', 'start', 'step', 'stop', 'streamline',
  'strengthen', 'structure', 'study', 'submit', 'subsidise', 'subsidize', 'support', 'survey', 'sustain', 'take', 'tap', 'target', 'teach',
  'test', 'tie', 'track', 'train', 'transfer', 'transform', 'translate', 'trial', 'turn', 'unlock', 'update', 'upgrade', 'upskill', 'use',
  'validate', 'visit', 'weigh', 'welcome', 'widen', 'work', 'write',
];
