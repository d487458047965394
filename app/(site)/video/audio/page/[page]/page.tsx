import { pagedMediaListRoute } from "../../../_lib/paged-list-route";

export const revalidate = 300;
export const dynamicParams = true;

// Rendered on first request, then cached.
export function generateStaticParams() {
  return [];
}

const route = pagedMediaListRoute("audio");
export const generateMetadata = route.generateMetadata;
export default route.Page;
