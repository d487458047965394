import type { Metadata } from "next";
import Link from "next/link";
import { MediaTable } from "@/components/newsroom/media-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current-actor";
import { listNewsroomMedia } from "@/lib/data/newsroom/list-newsroom-media";
import { parsePageNumber } from "@/lib/site/params";

export const metadata: Metadata = { title: "视听" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewsroomVideoPage({ searchParams }: Props) {
  const actor = await requireActor();
  const pageParam = (await searchParams).page;
  const page = (typeof pageParam === "string" && parsePageNumber(pageParam)) || 1;
  const list = await listNewsroomMedia(actor, page);
  return (
    <>
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-bold">视听节目（{list.total}）</h1>
        <Link href="/newsroom/video/new" className="inline-flex min-h-11 items-center rounded bg-brand px-4 text-white hover:bg-brand-dark">
          新建节目
        </Link>
      </div>
      <MediaTable rows={list.items} />
      <Pagination page={list.page} pageCount={list.pageCount} href={(n) => (n > 1 ? `/newsroom/video?page=${n}` : "/newsroom/video")} />
    </>
  );
}
