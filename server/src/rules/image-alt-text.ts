import type { Nodes } from 'mdast';
import { defineRule } from './defineRule';
import type { Span } from '../engine/frontMatter';
import type { ParsedBrief } from '../engine/parseBrief';

/** Alt texts that describe nothing: what a tool writes when no one wrote one, or the kind of thing it is. */
const PLACEHOLDER_ALT = /^(?:missing alt(?:ernative)? text|alt(?:ernative)?(?: text)?|no alt(?: text)?|images?|img|pictures?|photos?|photographs?|figures?|graphics?|screenshots?|untitled|placeholder|logo|icon|diagram|chart|map|enter image description here|image description|description)(?:[\s_-]*\d+)?$/i;

/** A file name, as cameras and exports write them: `IMG_2041`, `chart.png`, `a3f9…` (a hash). */
const FILE_NAME = /^(?:[\w.-]+\.(?:png|jpe?g|gif|svg|webp|tiff?|bmp|heic)|(?:img|dsc|dscn|pxl|screenshot|screen shot|photo)[\s_-]*[\d_-]+|[0-9a-f]{16,})$/i;

/**
 * A tracking pixel a blog's export leaves at the end of a post (Medium's `/_/stat?event=…`,
 * WordPress's `stats.wordpress.com/b.gif`, FeedBurner's `/~r/`): an image nobody sees, to be
 * removed rather than described.
 */
const TRACKING_PIXEL = /^https?:\/\/(?:[\w-]+\.)*(?:medium\.com\/_\/stat\?|stats\.wordpress\.com\/b\.gif|feeds\.feedburner\.com\/~r\/)/i;

/** An `<img>` tag and its `alt` attribute, if any. */
const IMG_TAG = /<img\b[^>]*>/gi;
const ALT_ATTRIBUTE = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

interface Image extends Span {
  alt: string | undefined;
  url: string;
  /** An HTML `<img alt="">` marks an image as decoration on purpose; Markdown cannot. */
  html: boolean;
}

export default defineRule({
  id: 'image-alt-text',
  description: 'Each image needs alt text that says what it shows, for readers who cannot see it.',
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: {},
  check(brief, { report }) {
    for (const image of imagesOf(brief)) {
      if (TRACKING_PIXEL.test(image.url)) continue;
      const alt = image.alt?.trim();
      if (alt === undefined || (alt === '' && !image.html)) {
        const how = image.html ? 'Add an alt attribute that says what it shows, as in alt="Flood zones of the old town"' : 'Write what it shows between the brackets, as in ![Flood zones of the old town](map.png)';
        report({ message: `The image has no alt text. ${how}, for readers who cannot see it.`, start: image.start, end: image.end });
      } else if (alt !== '' && (PLACEHOLDER_ALT.test(alt) || FILE_NAME.test(alt) || alt === fileName(image.url))) {
        report({ message: `The image's alt text '${alt}' does not say what it shows. Replace it with a short description, for readers who cannot see the image.`, start: image.start, end: image.end });
      }
    }
  },
});

function imagesOf(brief: ParsedBrief): Image[] {
  const images: Image[] = [];
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      if (node.type === 'image') images.push({ start, end, alt: node.alt ?? '', url: node.url, html: false });
      if (node.type === 'imageReference') images.push({ start, end, alt: node.alt ?? '', url: '', html: false });
      if (node.type === 'html') {
        for (const tag of node.value.matchAll(IMG_TAG)) {
          const alt = ALT_ATTRIBUTE.exec(tag[0]);
          const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag[0]);
          images.push({ start: start + tag.index, end: start + tag.index + tag[0].length, alt: alt ? (alt[1] ?? alt[2] ?? alt[3]) : undefined, url: src?.[1] ?? '', html: true });
        }
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(brief.tree);
  return images;
}

/** The last part of a URL's path, without its extension: what some tools put as alt text. */
function fileName(url: string): string | undefined {
  const last = url.split(/[?#]/)[0].split('/').pop();
  return last ? last.replace(/\.[a-z0-9]+$/i, '') : undefined;
}
