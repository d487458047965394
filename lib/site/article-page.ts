import "server-only";
import { notFound } from "next/navigation";
import { getPublishedArticle } from "@/lib/data/articles/get-article";
import { parseId } from "./params";

/** The article behind an /article/<id> URL, or the 404 page. */
export async function loadArticle(idParam: string) {
  const id = parseId(idParam);
  const article = id === null ? null : await getPublishedArticle(id);
  if (!article) notFound();
  return article;
}
