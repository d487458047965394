// What 朗读 reads on an article page, in reading order: the title, then each
// block of the body (paragraphs, headings, list items, quotes, captions), cut
// into sentences, with a DOM Range per sentence so it can be highlighted.
import { splitSentences } from "./sentences";

export type SpokenSentence = { text: string; block: Element; range: Range };

const BLOCKS = "h1, .article-body :is(p, h2, h3, h4, li, blockquote, figcaption)";

/** The text nodes of block, each with the offset where it starts in block.textContent. */
function textNodes(block: Element): { node: Text; offset: number }[] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; offset: number }[] = [];
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push({ node, offset });
    offset += node.data.length;
  }
  return nodes;
}

/** A Range over characters [start, end) of block's text. */
function rangeOf(nodes: { node: Text; offset: number }[], start: number, end: number): Range {
  const range = document.createRange();
  const at = (position: number, isEnd: boolean) => {
    // The last node starting before the position (at it, for a start).
    let hit = nodes[0];
    for (const n of nodes) if (isEnd ? n.offset < position : n.offset <= position) hit = n;
    return { node: hit.node, offset: Math.min(position - hit.offset, hit.node.data.length) };
  };
  const from = at(start, false);
  const to = at(end, true);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Every sentence under article, in document order; nested blocks (a p inside a quote) are read once. */
export function readingPlan(article: Element): SpokenSentence[] {
  const blocks = [...article.querySelectorAll(BLOCKS)].filter(
    (block, _, all) => !all.some((other) => other !== block && other.contains(block)),
  );
  return blocks.flatMap((block) => {
    const nodes = textNodes(block);
    const text = block.textContent ?? "";
    return splitSentences(text).map(({ start, end }) => ({
      text: text.slice(start, end),
      block,
      range: rangeOf(nodes, start, end),
    }));
  });
}
