"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/newsroom/sign-in" })}
      className="min-h-11 rounded px-3 text-sm hover:bg-white/10"
    >
      退出
    </button>
  );
}
