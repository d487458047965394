import { NotFoundMessage } from "@/components/layout/not-found-message";

// Inside the site's layout: unknown articles, sections and page numbers.
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
