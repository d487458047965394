"use client";

// Last resort when even the root layout fails: plain markup, no data.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", textAlign: "center", padding: "4rem 1rem" }}>
        <h1>页面暂时无法显示</h1>
        <p>请稍后刷新重试。</p>
        {error.digest ? <p style={{ color: "#666", fontSize: 12 }}>错误编号：{error.digest}</p> : null}
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the app's own tree has failed: a full page load starts it afresh */}
          <a href="/">返回首页</a>
        </p>
      </body>
    </html>
  );
}
