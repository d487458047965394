import { MAX_QUERY_LENGTH } from "@/lib/search/search-query";
import { SEARCH_PATH } from "@/lib/search/search-href";

type SearchFormProps = {
  defaultValue?: string;
  /** Distinguishes the header's box from the search page's own. */
  id: string;
  className?: string;
  autoFocus?: boolean;
};

// A plain GET form: works before (or without) JavaScript and adds none.
export function SearchForm({ defaultValue = "", id, className = "", autoFocus = false }: SearchFormProps) {
  return (
    <form action={SEARCH_PATH} method="get" role="search" className={`flex min-w-0 ${className}`}>
      <label htmlFor={id} className="sr-only">
        搜索关键词
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="搜索新闻、图集、视频"
        enterKeyHint="search"
        autoFocus={autoFocus}
        className="min-h-11 min-w-0 flex-1 rounded-l border border-r-0 border-line bg-white px-3 text-base"
      />
      <button type="submit" className="min-h-11 shrink-0 rounded-r bg-brand px-4 text-sm font-medium text-white hover:bg-brand-dark">
        搜索
      </button>
    </form>
  );
}
