import { describe, expect, it } from "vitest";
import { buildRss, rfc822 } from "./rss";
import { escapeXml } from "./xml";
import { wellFormedProblems } from "./xml-check";

const base = {
  title: "黔东南信息港",
  link: "http://localhost:3000/",
  selfUrl: "http://localhost:3000/rss.xml",
  description: "全州要闻",
  buildDate: new Date(Date.UTC(2009, 7, 21, 2, 30, 0)),
};

const item = {
  title: "凯里举办民族文化周",
  url: "http://localhost:3000/article/7",
  description: "开幕式在凯里举行。",
  publishedAt: new Date(Date.UTC(2009, 7, 21, 2, 26, 15)),
  category: "全州",
};

/** The text inside every <name>…</name>, in order. */
function texts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, "g"))].map((m) => m[1]);
}

describe("escapeXml", () => {
  it("escapes the five XML specials and drops characters XML 1.0 forbids", () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
    expect(escapeXml("标题\u0000\u0008\u000B\u001F\uFFFF尾\t\n")).toBe("标题尾\t\n");
    expect(escapeXml("\uD83D\uDE00 ok \uD800")).toBe("\uD83D\uDE00 ok ");
    // Already-escaped text is escaped again: it is text, not markup.
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });
});

describe("buildRss", () => {
  it("writes the channel fields", () => {
    const xml = buildRss({ ...base, items: [item], ttlMinutes: 5 });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(texts(xml, "title")[0]).toBe("黔东南信息港");
    expect(texts(xml, "link")[0]).toBe("http://localhost:3000/");
    expect(texts(xml, "description")[0]).toBe("全州要闻");
    expect(texts(xml, "language")).toEqual(["zh-cn"]);
    expect(texts(xml, "lastBuildDate")).toEqual(["Fri, 21 Aug 2009 02:30:00 GMT"]);
    expect(texts(xml, "ttl")).toEqual(["5"]);
    expect(xml).toContain('<atom:link href="http://localhost:3000/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(wellFormedProblems(xml)).toEqual([]);
  });

  it("writes items with absolute links, permalink guids, RFC 822 dates and the section as category", () => {
    const xml = buildRss({ ...base, items: [item, { ...item, url: "http://localhost:3000/article/6", category: undefined }] });
    expect(texts(xml, "link").slice(1)).toEqual(["http://localhost:3000/article/7", "http://localhost:3000/article/6"]);
    expect([...xml.matchAll(/<guid isPermaLink="true">([^<]+)<\/guid>/g)].map((m) => m[1])).toEqual([
      "http://localhost:3000/article/7",
      "http://localhost:3000/article/6",
    ]);
    expect(texts(xml, "pubDate")).toEqual(["Fri, 21 Aug 2009 02:26:15 GMT", "Fri, 21 Aug 2009 02:26:15 GMT"]);
    expect(texts(xml, "category")).toEqual(["全州"]);
    expect(texts(xml, "description").slice(1)).toEqual(["开幕式在凯里举行。", "开幕式在凯里举行。"]);
    for (const link of [...texts(xml, "link"), ...texts(xml, "guid")]) expect(new URL(link).protocol).toBe("http:");
  });

  it("a reader's <img onerror> in a description reaches the feed reader as text, not markup", () => {
    const xml = buildRss({ ...base, items: [{ ...item, description: `投稿<img src=x onerror="alert(1)">完` }] });
    // What a feed reader gets after parsing the XML: HTML whose only content is text.
    const parsed = texts(xml, "description")[1].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    expect(parsed).toBe("投稿&lt;img src=x onerror=&quot;alert(1)&quot;&gt;完");
    expect(parsed).not.toMatch(/<img/);
  });

  it("escapes titles, descriptions and URLs so that markup in them stays text", () => {
    const xml = buildRss({
      ...base,
      title: "黔东南 & 信息港",
      items: [
        {
          ...item,
          title: `<script>alert("x")</script> 凯里 & 雷山 'O'`,
          description: "a < b && c > d",
          url: "http://localhost:3000/article/7?a=1&b=2",
          category: "<b>全州</b>",
        },
      ],
    });
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>");
    expect(texts(xml, "title")).toEqual([
      "黔东南 &amp; 信息港",
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 凯里 &amp; 雷山 &apos;O&apos;",
    ]);
    // Escaped as HTML, then as XML: a feed reader renders the description as HTML and shows the text.
    expect(texts(xml, "description")[1]).toBe("a &amp;lt; b &amp;amp;&amp;amp; c &amp;gt; d");
    expect(texts(xml, "guid")).toEqual(["http://localhost:3000/article/7?a=1&amp;b=2"]);
    expect(texts(xml, "category")).toEqual(["&lt;b&gt;全州&lt;/b&gt;"]);
    expect(wellFormedProblems(xml)).toEqual([]);
  });

  it("is a valid channel with no items", () => {
    const xml = buildRss({ ...base, items: [] });
    expect(xml).not.toContain("<item>");
    expect(wellFormedProblems(xml)).toEqual([]);
  });
});

describe("rfc822", () => {
  it("formats in GMT whatever the server's time zone", () => {
    // The test run's TZ is America/New_York (vitest.config.ts).
    expect(rfc822(new Date("2009-08-21T10:26:15+08:00"))).toBe("Fri, 21 Aug 2009 02:26:15 GMT");
    expect(rfc822(new Date(Date.UTC(2026, 0, 4, 23, 5, 9)))).toBe("Sun, 04 Jan 2026 23:05:09 GMT");
  });
});

describe("the test's own well-formedness check", () => {
  it("catches what escaping prevents", () => {
    expect(wellFormedProblems("<a><b>x</a>")).not.toEqual([]);
    expect(wellFormedProblems("<a>x & y</a>")).not.toEqual([]);
    expect(wellFormedProblems("<a>x < y</a>")).not.toEqual([]);
    expect(wellFormedProblems('<a href="1">x &amp; y<c/></a>')).toEqual([]);
  });
});

describe("enclosures", () => {
  it("attach a media file with its length and type", () => {
    const enclosure = { url: "http://localhost:3000/media/av/ab12.mp4", length: 117232, type: "video/mp4" };
    const xml = buildRss({ ...base, items: [{ ...item, enclosure }] });
    expect(xml).toContain('<enclosure url="http://localhost:3000/media/av/ab12.mp4" length="117232" type="video/mp4"/>');
    expect(wellFormedProblems(xml)).toEqual([]);
  });
});
