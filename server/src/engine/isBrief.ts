import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ParsedBrief } from './parseBrief';
import type { LintConfig } from './lintConfig';
import { parseFrontMatter } from './frontMatter';

const TYPE_LINE = /^type:[ \t]*['"]?policy-brief['"]?[ \t]*$/m;

/**
 * A Markdown file is a brief when its front matter says `type: policy-brief`, or when its
 * path matches the configured `files` globs and none of the `notBriefs` globs (README,
 * index, CONTRIBUTING, templates by default); every other file is left alone.
 */
export function isBrief(brief: Pick<ParsedBrief, 'text' | 'path' | 'frontMatter'>, config: LintConfig): boolean {
  const frontMatter = brief.frontMatter;
  if (frontMatter?.data?.type === 'policy-brief') return true;
  // Broken YAML has no data; the line itself still says what the file is.
  if (frontMatter && !frontMatter.data && TYPE_LINE.test(brief.text.slice(frontMatter.contentStart, frontMatter.contentEnd))) return true;
  return brief.path !== undefined && matchesFiles(brief.path, config);
}

/** Enough of a file to read its front matter. */
const HEAD = 64 * 1024;

/**
 * Whether a text that is not parsed (binary, too large, nested too deep) is a brief: by
 * its path, or by the front matter in its first 64 KiB.
 */
export function isBriefText(text: string, path: string | undefined, config: LintConfig): boolean {
  const head = text.slice(0, HEAD);
  return isBrief({ text: head, path, frontMatter: parseFrontMatter(head) }, config);
}

export function matchesFiles(path: string, config: LintConfig): boolean {
  const relativePath = config.baseDir ? relative(config.baseDir, path) : path;
  if (relativePath.startsWith('..')) return false;
  const slashed = relativePath.split(sep).join('/');
  // README.md and readme.md alike: the names, not their case, say what the files are.
  return picomatch.isMatch(slashed, config.files, { dot: true }) && !picomatch.isMatch(slashed, config.notBriefs, { dot: true, nocase: true });
}
