"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** 编辑部登录. The server answers wrong passwords and throttling in plain words; we show them. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError("");
    const result = await signIn("credentials", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "用户名或密码错误");
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  const input = "mt-1 block min-h-11 w-full rounded border border-line px-3 focus:border-brand";
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <label className="block">
        <span className="text-sm font-medium">用户名</span>
        <input name="username" autoComplete="username" required maxLength={60} className={input} />
      </label>
      <label className="block">
        <span className="text-sm font-medium">密码</span>
        <input name="password" type="password" autoComplete="current-password" required maxLength={200} className={input} />
      </label>
      <p role="alert" className="min-h-5 text-sm text-brand">
        {error}
      </p>
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded bg-brand font-medium text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
