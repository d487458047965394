import type { Metadata } from "next";
import { ActionForm } from "@/components/newsroom/action-form";
import { ChangePasswordForm } from "@/components/newsroom/change-password-form";
import { requireActor } from "@/lib/auth/current-actor";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { changeOwnPasswordAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "我的账号" };

export default async function AccountPage() {
  const actor = await requireActor();
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">我的账号</h1>
      <dl className="grid grid-cols-[6em_1fr] gap-y-2 rounded border border-line bg-white p-4 text-sm">
        <dt className="text-muted">用户名</dt>
        <dd>{actor.username}</dd>
        <dt className="text-muted">姓名</dt>
        <dd>{actor.displayName}</dd>
        <dt className="text-muted">角色</dt>
        <dd>{ROLE_LABELS[actor.role]}</dd>
      </dl>
      <section aria-labelledby="change-password" className="rounded border border-line bg-white p-4">
        <h2 id="change-password" className="mb-2 font-bold">
          修改密码
        </h2>
        <p className="mb-3 text-sm text-muted">修改后，其他设备上的登录立即失效，这一台保持登录。</p>
        <ChangePasswordForm action={changeOwnPasswordAction} />
      </section>
      <section aria-labelledby="sign-out-all" className="rounded border border-line bg-white p-4">
        <h2 id="sign-out-all" className="mb-2 font-bold">
          退出所有设备
        </h2>
        <p className="mb-3 text-sm text-muted">手机或别人的电脑上忘了退出，或担心密码泄露时使用：所有设备（包括这一台）上的登录都会立即失效。</p>
        <ActionForm action={signOutEverywhereAction} fields={{}} label="退出所有设备" confirm="确定要退出所有设备上的登录吗？" />
      </section>
    </div>
  );
}
