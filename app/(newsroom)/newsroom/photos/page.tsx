import type { Metadata } from "next";
import Link from "next/link";
import { PhotoSetTable } from "@/components/newsroom/photo-set-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current-actor";
import { listNewsroomPhotoSets } from "@/lib/data/newsroom/list-newsroom-photo-sets";
import { parsePageNumber } from "@/lib/site/params";

export const metadata: Metadata = { title: "图集" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewsroomPhotoSetsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const pageParam = (await searchParams).page;
  const page = (typeof pageParam === "string" ? parsePageNumber(pageParam) : null) ?? 1;
  const list = await listNewsroomPhotoSets(actor, page);
  return (
    <>
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-bold">图集（{list.total}）</h1>
        <Link href="/newsroom/photos/new" className="inline-flex min-h-11 items-center rounded bg-brand px-4 text-white hover:bg-brand-dark">
          新建图集
        </Link>
      </div>
      <PhotoSetTable rows={list.items} />
      <Pagination page={list.page} pageCount={list.pageCount} href={(n) => (n > 1 ? `/newsroom/photos?page=${n}` : "/newsroom/photos")} />
    </>
  );
}
