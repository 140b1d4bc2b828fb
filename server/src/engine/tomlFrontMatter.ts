/**
 * Front matter written in TOML between `+++` lines, as Hugo allows. DiploBrief reads YAML
 * front matter; TOML is found only so that it is not read as prose and the brief is told
 * what to write instead.
 */
const TOML_FRONT_MATTER = /^(\uFEFF)?\+\+\+[ \t]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)\+\+\+[ \t]*(?=\r\n|\r|\n|$)/;

export interface TomlFrontMatter {
  start: number;
  end: number;
  /** The TOML between the fences. */
  source: string;
}

export function findTomlFrontMatter(text: string): TomlFrontMatter | undefined {
  const found = TOML_FRONT_MATTER.exec(text);
  if (!found) return undefined;
  return { start: found[1]?.length ?? 0, end: found[0].length, source: found[2] };
}
