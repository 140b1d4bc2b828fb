import { defineRule, textListOption } from './defineRule';
import type { Span } from '../engine/frontMatter';
import type { ParsedBrief } from '../engine/parseBrief';
import { htmlNodesOf } from '../analyses/prose/htmlNodes';
import { isCommonEnglishWord } from '../knowledge/englishWords';

export interface PersonalDataOptions {
  /** Domains whose addresses may be published: the team's own, a partner's. */
  allowedDomains?: string[];
  /** More local parts of role addresses (`office@`), besides the built-in ones. */
  roleAddresses?: string[];
}

export interface PersonalDataData {
  kind: 'email' | 'phone';
}

/** Addresses of an office or a function rather than of a person: publishing them is what they are for. */
const ROLE_ADDRESSES = [
  'info', 'information', 'contact', 'contacts', 'hello', 'office', 'admin', 'administration', 'press', 'media', 'news', 'newsletter',
  'communications', 'comms', 'support', 'help', 'helpdesk', 'service', 'services', 'enquiries', 'enquiry', 'inquiries', 'inquiry',
  'secretariat', 'secretary', 'general', 'team', 'mail', 'email', 'webmaster', 'web', 'noreply', 'no-reply', 'donotreply', 'feedback',
  'events', 'jobs', 'careers', 'recruitment', 'hr', 'privacy', 'dpo', 'legal', 'partnerships', 'research', 'policy', 'data', 'sales',
  'membership', 'members', 'registration', 'reception', 'editor', 'editors', 'editorial', 'publications', 'library', 'postmaster', 'abuse',
  'mayor', 'council', 'accounts', 'billing', 'finance', 'procurement', 'grants', 'innovation', 'sustainability', 'climate',
];

/**
 * A unit's shared mailbox as government directories write it, its name in capitals and its
 * domain not (`IRCC.DNIMWU-UMITRN.IRCC@cic.gc.ca`); a line written all in capitals says nothing.
 */
function isUnitMailbox(local: string, domain: string): boolean {
  return /\p{Lu}{2}/u.test(local) && !/\p{Ll}/u.test(local) && /\p{Ll}/u.test(domain);
}

/**
 * A mailbox named for a function or for its organisation, not for a person: a common word or
 * two run together (`consultation@`, `resilienceconsultation@`, `opendata@`), or the name its
 * domain gives (`ldh@ldh-france.org`, `ofwat@ofwat.gov.uk`). A name written with dots or
 * underscores (`klara.steele@`) is a person's whatever its words.
 */
function isFunctionalMailbox(local: string, domain: string): boolean {
  if (/[._]/.test(local)) return false;
  const word = local.replace(/\d+$/, '');
  if (domain.split('.').some((label) => label.split('-').includes(word))) return true;
  return isWordOrTwo(word);
}

/**
 * Shortest common word that names a function: shorter ones are often given names too ("mark",
 * "grace", "peter"). And the shortest part of two words run together: shorter parts ("re",
 * "an") split almost any word.
 */
const FUNCTION_WORD_LENGTH = 6;
const RUN_TOGETHER_PART = 4;

function isWordOrTwo(word: string): boolean {
  if (word.length >= FUNCTION_WORD_LENGTH && isCommonEnglishWord(word)) return true;
  for (let cut = RUN_TOGETHER_PART; cut <= word.length - RUN_TOGETHER_PART; cut++) {
    if (isCommonEnglishWord(word.slice(0, cut)) && isCommonEnglishWord(word.slice(cut))) return true;
  }
  return false;
}

const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])/gi;
/** The @ of an address, between its name and its domain: not the @ of a citation key ("[@undp2021]"), which brackets open. */
const ADDRESS_AT = /[\w.+-]@[\w-]/;

/**
 * A phone number as people write one to be called: international (`+250 788 123 456`,
 * `(+237) 651534462`, `00 44 20 7946 0958`), after a label (`Tel: 302-0741`,
 * `cell: 0788 123 456`), a North American `(555) 123-4567`, or a `tel:` link. Bare runs of
 * digits are figures, years or identifiers, and are left alone.
 */
const PHONE = new RegExp(
  // Every form starts with a bracket, a plus or a digit: saying so first lets the engine skip
  // every other character at once instead of trying the label look-behind at each of them.
  `(?=[(+\\d])(?:${[
    '(?:\\(\\s*\\+\\s?\\d{1,3}\\s*\\)|(?<![\\w+])\\+\\s?\\d{1,3}|(?<!\\w)00\\s?\\d{1,3}(?=[\\s.-]))[\\s.-]?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{1,5}(?:[\\s.-]?\\d{1,5}){1,5}',
    '(?<=\\b(?:tel|tél|phone|telephone|téléphone|teléfono|telefone|mobile|mobile phone|cell|cel|cellphone|cell phone|celular|móvil|portable|whatsapp)\\.?\\s?:?\\s?)\\(?\\d[\\d().\\s-]{5,18}\\d',
    '(?<![\\w-])\\(\\d{3}\\)\\s?\\d{3}-\\d{4}(?![\\w-])',
  ].join('|')})`,
  'gi',
);
/**
 * What every phone number above holds besides its digits: a plus, a bracket before a digit,
 * "00" that opens a word, or a label that opens one. Most paragraphs hold none (a bracket
 * around words, "2000" and "excellent" are not marks) and are not searched for numbers.
 */
const PHONE_MARK = /\+|\(\d|(?<!\w)00|\b(?:tel|tél|phone|mobile|cel|móvil|portable|whatsapp)/i;
/** A label that says the number is a person's own line: a mobile, a cell, a messaging app. */
const PERSONAL_LABEL = /\b(?:mobile|cell|cellphone|cel|celular|móvil|movil|portable|whatsapp|gsm|handy)\b[^\d\n]{0,12}$/i;
/** A person's name just before the number: "Samson Dlamini, +268 …", "Dr. Ana Ruiz / +507 …". */
const NAME_BEFORE = /(?:^|[^\p{L}])(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}+(?:[ -](?:de |da |van |von |del |la )?\p{Lu}\p{Ll}+){1,3}\s*[,/:–-]?\s*(?:\(|$)/u;
/** Capitalised words of a form's labels, which a name pattern would take for a name ("Contact No:"). */
const LABEL_WORDS = /\b(?:Contact|Contacts|Phone|Telephone|Tel|No|Number|Email|E-mail|Address|Fax|Office|Call|Hotline|Helpline)\b/;

/**
 * An elected or appointed official's title before the name on the number's line ("Senator Dianne
 * Feinstein: (415) 393-0707", "Mayor Ana Ruiz, +1 …"): an official's lines are their offices', public.
 */
const OFFICIAL_BEFORE =
  /(?:^|[^\p{L}])(?:Senator|Sen\.|Representative|Rep\.|Congress(?:man|woman|member)|Council(?:lor|or|member|woman|man)|Mayor|Governor|Gov\.|Minister|MP|MEP|Assembly(?:member|man|woman)|Supervisor|Commissioner|Alder(?:man|woman|person)|Ambassador|Alcalde|Alcaldesa|Concejal|Senador|Senadora|Diputado|Diputada|Maire|Ministre|Député|Députée|Bürgermeister|Bürgermeisterin)\s+\p{Lu}/u;

function namedBefore(before: string): boolean {
  const name = NAME_BEFORE.exec(before);
  return name !== null && !LABEL_WORDS.test(name[0]);
}

/** How far before a number its label or its owner's name is looked for. */
const LOOK_BEHIND = 40;

/** Fewer digits are a short code or a figure; more are no phone number (ITU E.164 allows 15). */
const PHONE_DIGITS = { min: 7, max: 15 };

export default defineRule<PersonalDataOptions, PersonalDataData>({
  id: 'personal-data',
  description: "A brief for publication must not hold people's e-mail addresses or phone numbers.",
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: {},
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      allowedDomains: textListOption('Domains whose e-mail addresses may be published, such as the team\'s own (subdomains included).'),
      roleAddresses: textListOption('Local parts of role addresses that may be published, besides info, contact, press, office and the other built-in ones.'),
    },
  },
  check(brief, { options, report }) {
    const roles = new Set([...ROLE_ADDRESSES, ...(options.roleAddresses ?? []).map((role) => role.toLowerCase())]);
    const allowedDomains = (options.allowedDomains ?? []).map((domain) => domain.toLowerCase().replace(/^@/, ''));
    for (const found of findPersonalData(brief)) {
      if (found.kind === 'email') {
        const [writtenLocal, writtenDomain] = found.text.split('@');
        const [local, domain] = [writtenLocal.toLowerCase(), writtenDomain.toLowerCase()];
        if (roles.has(local) || isUnitMailbox(writtenLocal, writtenDomain) || isFunctionalMailbox(local, domain)) continue;
        if (allowedDomains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`))) continue;
        report({
          message: `The e-mail address ${maskEmail(found.text)} looks like a person's. Remove it before publishing, or give a role address (such as info@${domain}); a team allows its own domains with the \`allowedDomains\` option.`,
          start: found.start,
          end: found.end,
          data: { kind: 'email' },
        });
      } else {
        // A number given with a name is that person's; a mobile or messaging line alone may be a small business's own, which only its owner can say.
        const whose = found.named ? "is given with a person's name" : "is a mobile or messaging line, which may be a person's own";
        const fix = found.named ? 'Remove it before publishing' : 'Publish it only if its owner agreed';
        report({
          message: `The phone number ${maskPhone(found.text)} ${whose}. ${fix}, or give an office's number instead.`,
          start: found.start,
          end: found.end,
          data: { kind: 'phone' },
        });
      }
    }
  },
});

interface Found extends Span {
  kind: 'email' | 'phone';
  text: string;
  /** A phone number written after a person's name. */
  named?: boolean;
}

/** E-mail addresses and phone numbers in the text and in the links of the brief, outside code and front matter. */
function findPersonalData(brief: ParsedBrief): Found[] {
  const found: Found[] = [];
  const addressesByLine = new Set<string>();
  for (const span of readableSpans(brief)) {
    const text = brief.text.slice(span.start, span.end);
    if (text.includes('@') && ADDRESS_AT.test(text)) {
      for (const match of text.matchAll(EMAIL)) {
        const start = span.start + match.index;
        // A link writes its address twice or thrice (`[ana@x.org](mailto:ana@x.org)`, an HTML link's target, title and text): it is reported once.
        const onItsLine = `${brief.lines.positionAt(start).line} ${match[0]}`;
        if (addressesByLine.has(onItsLine)) continue;
        addressesByLine.add(onItsLine);
        found.push({ kind: 'email', start, end: start + match[0].length, text: match[0] });
      }
    }
    if (!/\d/.test(text) || !PHONE_MARK.test(text)) continue;
    for (const match of text.matchAll(PHONE)) {
      const digits = match[0].replace(/\D/g, '').length;
      if (digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max) continue;
      // An office's number is for publishing; only a number that says whose it is, is reported.
      const before = text.slice(Math.max(0, match.index - LOOK_BEHIND), match.index).split('\n').pop()!;
      const named = namedBefore(before);
      if (!named && !PERSONAL_LABEL.test(before)) continue;
      if (named && OFFICIAL_BEFORE.test(text.slice(text.lastIndexOf('\n', match.index) + 1, match.index))) continue;
      found.push({ kind: 'phone', start: span.start + match.index, end: span.start + match.index + match[0].trimEnd().length, text: match[0].trim(), named });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const HTML_COMMENT = /^\s*<!--[\s\S]*-->\s*$/;

/** Blocks a reader sees: paragraphs, headings, table cells, and HTML (contact cards are often HTML); never code or front matter. */
function readableSpans(brief: ParsedBrief): Span[] {
  const spans: Span[] = brief.blocks.map(({ start, end }) => ({ start, end }));
  // HTML comments are not published.
  for (const node of htmlNodesOf(brief)) if (!HTML_COMMENT.test(node.value)) spans.push({ start: node.position!.start.offset!, end: node.position!.end.offset! });
  return spans;
}

/** Enough to find it in the brief, never the whole address: messages reach CI logs and reports. */
export function maskEmail(address: string): string {
  const [local, domain] = address.split('@');
  return `${local[0]}…@${domain}`;
}

export function maskPhone(number: string): string {
  const digits = number.replace(/\D/g, '');
  return `…${digits.slice(-2)}`;
}
