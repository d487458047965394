
type BlockHeadingProps = {
  /** The heading's id, for the block's aria-labelledby. */
  id: string;
  title: string;
  /** Where 更多 leads: the channel or section the block samples. */
  moreHref: string;
  /** What 更多 means, for screen readers (更多 + this). */
  moreLabel: string;
  /** The title links there too. */
  linkTitle?: boolean;
};

/** A homepage block's heading: the title on a brand rule, and 更多 › to the whole list. */
export function BlockHeading({ id, title, moreHref, moreLabel, linkTitle = false }: BlockHeadingProps) {
  return (
    <div className="block-heading">
      <h2 id={id} className="pb-1 text-lg font-bold">
        {linkTitle ? (
          <a href={moreHref} className="hover:text-brand">
            {title}
          </a>
        ) : (
          title
        )}
      </h2>
      <a href={moreHref} className="more-link">
        更多<span className="sr-only">{moreLabel}</span> ›
      </a>
    </div>
  );
}
