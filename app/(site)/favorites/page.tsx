import type { Metadata } from "next";
import { FavoritesList } from "@/components/article/favorites-list";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "我的收藏", robots: { index: false } };

// The page itself is the same for everyone (static); the list is read from
// the reader's device in the browser.
export default function FavoritesPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "我的收藏" }]} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">我的收藏</h1>
      <p className="mt-2 text-sm text-muted">收藏保存在本设备的浏览器中，无需登录。</p>
      <FavoritesList />
    </div>
  );
}
