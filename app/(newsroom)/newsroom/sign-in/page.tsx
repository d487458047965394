import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/newsroom/sign-in-form";
import { getSessionState } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "登录" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const session = await getSessionState();
  if (session.kind === "signed-in") redirect("/newsroom");
  const { callbackUrl, error } = await searchParams;
  // Only paths inside the newsroom: never an open redirect to another site.
  const target = callbackUrl && /^\/newsroom(\/|$)/.test(callbackUrl) ? callbackUrl : "/newsroom";
  return (
    <div className="mx-auto max-w-sm rounded-lg bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-xl font-bold">编辑部登录</h1>
      {session.kind === "ended" ? (
        <p role="status" className="mb-3 rounded bg-amber-50 p-3 text-sm">
          {session.message}
        </p>
      ) : null}
      {error && error !== "CredentialsSignin" ? (
        <p role="alert" className="mb-3 text-sm text-brand">
          {error.slice(0, 120)}
        </p>
      ) : null}
      <SignInForm callbackUrl={target} />
    </div>
  );
}
