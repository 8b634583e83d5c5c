export { toMarkdown, toMdast } from './to-markdown.js';
export type { MarkdownOptions } from './to-markdown.js';
