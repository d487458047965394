import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UserCreateForm } from "@/components/newsroom/user-create-form";
import { ResetPasswordForm, UserEditForm } from "@/components/newsroom/user-edit-form";
import { TimeText } from "@/components/ui/time-text";
import { requireActor } from "@/lib/auth/current-actor";
import { canManageSite } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listUsers } from "@/lib/data/newsroom/list-users";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { createUserAction, resetPasswordAction, updateUserAction } from "./actions";

export const metadata: Metadata = { title: "账号管理" };

export default async function UsersPage() {
  const actor = await requireActor();
  // Only admins; to everyone else the page does not exist.
  if (!canManageSite(actor)) notFound();
  const [users, allSections] = await Promise.all([listUsers(actor), findNewsSections()]);
  const sections = allSections.map((s) => ({ slug: s.slug, name: s.name }));
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">账号管理（{users.length}）</h1>
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-3">
        <div className="overflow-x-auto rounded border border-line bg-white lg:col-span-2">
          <table className="w-full text-sm" aria-label="账号列表">
            <thead className="bg-neutral-100 text-left">
              <tr>
                <th className="px-3 py-2">用户名</th>
                <th className="px-3 py-2">姓名</th>
                <th className="px-3 py-2">角色</th>
                <th className="px-3 py-2">栏目</th>
                <th className="px-3 py-2">状态</th>
                <th className="px-3 py-2">最近登录</th>
                <th className="px-3 py-2">
                  <span className="sr-only">操作</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {users.map((u) => (
                <tr key={u.id} className={u.active ? undefined : "text-muted"}>
                  <td className="px-3 py-2 font-mono">{u.username}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{u.displayName}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{ROLE_LABELS[u.role]}</td>
                  <td className="px-3 py-2">{u.role === "editor" ? u.sections.map((s) => s.name).join("、") || "（未分配）" : "—"}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {u.active ? "启用" : "停用"}
                    {u.hasPassword ? null : <span className="block text-xs">未设密码</span>}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{u.lastSignInAt ? <TimeText iso={u.lastSignInAt} /> : "从未"}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <a href={`#user-${u.id}`} className="text-brand hover:underline">
                      编辑<span className="sr-only">{u.displayName}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <UserCreateForm sections={sections} action={createUserAction} />
      </div>

      <section aria-labelledby="edit-users-heading" className="mt-8">
        <h2 id="edit-users-heading" className="mb-3 text-lg font-bold">
          编辑账号
        </h2>
        <ul className="space-y-2">
          {users.map((u) => (
            <li key={u.id}>
              <details id={`user-${u.id}`} className="rounded border border-line bg-white">
                <summary className="flex min-h-11 cursor-pointer items-center px-4">
                  {u.displayName}（{u.username}）· {ROLE_LABELS[u.role]}
                  {u.active ? "" : " · 停用"}
                  {u.id === actor.id ? " · 本人" : ""}
                </summary>
                <div className="grid grid-cols-1 gap-6 border-t border-line p-4 md:grid-cols-2">
                  <UserEditForm user={u} sections={sections} isSelf={u.id === actor.id} action={updateUserAction} />
                  <ResetPasswordForm user={u} action={resetPasswordAction} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
