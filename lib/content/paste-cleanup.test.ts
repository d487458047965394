import { describe, expect, it } from "vitest";
import { cleanPastedHtml, cleanPastedText } from "./paste-cleanup";

// Shaped like what Word for Windows puts on the clipboard (text/html flavour):
// a whole document with Office namespaces, a <style> block, conditional
// comments, unquoted attributes and lines wrapped at about 80 columns.
const wordDocument = (body: string) => `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal {mso-style-parent:""; margin:0cm; font-size:10.5pt; font-family:等线;}
-->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;word-wrap:break-word'>
<!--StartFragment-->
${body}
<!--EndFragment-->
</body>
</html>`;

describe("cleanPastedHtml: Word", () => {
  it("keeps headings, paragraphs and bold, and drops Word's styles, classes, <o:p> and head", () => {
    const html = wordDocument(`<p class=MsoTitle><span style='font-family:黑体;mso-ascii-font-family:"Times New Roman"'>凯里市召开春耕备耕工作会<o:p></o:p></span></p>

<h1 style='margin-top:17.0pt;margin-bottom:16.5pt'><a name="_Toc14325"></a><span
style='font-family:黑体'>一、总体部署</span></h1>

<p class=MsoNormal style='text-indent:24.0pt;mso-char-indent-count:2.0'><span
style='font-size:12.0pt;font-family:宋体'>　　3月12日，凯里市召开春耕备耕工作会，<b
style='mso-bidi-font-weight:normal'>全面部署</b>今年粮食生产工作。会议要求各乡镇<span
lang=EN-US>(</span>街道<span lang=EN-US>)</span>抓好农资储备。<o:p></o:p></span></p>

<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

<p class=MsoNormal style='text-indent:24.0pt'><i style='mso-bidi-font-style:normal'><span
style='font-family:楷体'>（记者 杨光 通讯员 吴敏）</span></i><o:p></o:p></p>`);

    expect(cleanPastedHtml(html)).toBe(
      "<h2>凯里市召开春耕备耕工作会</h2>" +
        "<h2>一、总体部署</h2>" +
        "<p>3月12日，凯里市召开春耕备耕工作会，<b>全面部署</b>今年粮食生产工作。会议要求各乡镇(街道)抓好农资储备。</p>" +
        "<p><i>（记者 杨光 通讯员 吴敏）</i></p>",
    );
  });

  it("turns Word's numbered and bulleted list paragraphs into <ol> and <ul>", () => {
    const item = (marker: string, text: string, cls = "MsoListParagraphCxSpMiddle", font = "Times New Roman") =>
      `<p class=${cls} style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=EN-US style='font-family:"${font}"'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span style='font-family:宋体'>${text}</span><o:p></o:p></p>`;
    const html = wordDocument(
      [
        `<p class=MsoNormal><span>会议明确三项重点：</span></p>`,
        item("1.", "抓好种子储备；", "MsoListParagraphCxSpFirst"),
        item("2.", "做好技术指导；"),
        item("（三）", "落实惠农补贴。", "MsoListParagraphCxSpLast"),
        `<p class=MsoNormal><span>具体要求：</span></p>`,
        item("·", "严禁弄虚作假", "MsoListParagraphCxSpFirst", "Symbol"),
        item("l", "按时上报数据", "MsoListParagraphCxSpLast", "Wingdings"),
      ].join("\n"),
    );

    expect(cleanPastedHtml(html)).toBe(
      "<p>会议明确三项重点：</p>" +
        "<ol><li>抓好种子储备；</li><li>做好技术指导；</li><li>落实惠农补贴。</li></ol>" +
        "<p>具体要求：</p>" +
        "<ul><li>严禁弄虚作假</li><li>按时上报数据</li></ul>",
    );
  });

  it("drops images that point at Word's local temp files, and VML shapes", () => {
    const html = wordDocument(`<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><!--[if gte vml 1]><v:shape
 id="图片_x0020_1" o:spid="_x0000_i1025" type="#_x0000_t75" style='width:415pt;height:233pt'>
 <v:imagedata src="file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" o:title=""/>
</v:shape><![endif]--><![if !vml]><img width=553 height=311
src="file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg" alt="图片包含 人物"
v:shapes="图片_x0020_1"><![endif]></span><o:p></o:p></p>
<p class=MsoNormal align=center style='text-align:center'><span>图为田间技术指导现场</span></p>`);

    expect(cleanPastedHtml(html)).toBe("<p>图为田间技术指导现场</p>");
  });

  it("joins Word's wrapped lines inside Chinese text without inventing spaces", () => {
    const html = `<p class=MsoNormal><span style='font-family:宋体'>黔东南州坚持把产业振兴作为乡村振兴的重中之重，持续推进
农业产业结构调整，<span lang=EN-US>2023</span>年全州蔬菜种植面积达到
<span lang=EN-US>200</span>万亩以上。
Tourism
revenue keeps growing.</span></p>`;

    expect(cleanPastedHtml(html)).toBe(
      "<p>黔东南州坚持把产业振兴作为乡村振兴的重中之重，持续推进农业产业结构调整，2023年全州蔬菜种植面积达到200万亩以上。Tourism revenue keeps growing.</p>",
    );
  });

  it("turns other Word title styles and deep headings into the editor's two levels", () => {
    const html = `<p class=MsoSubtitle>副标题</p><p class=MsoHeading7>七级标题</p><h2>二级</h2><h3>三级</h3><h4>四级</h4><h6>六级</h6>`;

    expect(cleanPastedHtml(html)).toBe(
      "<h3>副标题</h3><h2>七级标题</h2><h2>二级</h2><h3>三级</h3><h3>四级</h3><h3>六级</h3>",
    );
  });
});

describe("cleanPastedHtml: web pages", () => {
  it("drops classes, styles, spans, scripts, page chrome and unsafe or relative links", () => {
    const html = `<meta charset="utf-8"><div class="article-content" style="font-size:16px" id="js_content">
<script>window.__AD__ = "<p>广告</p>";</script>
<style>.article-content p { color: #333 }</style>
<h1 class="title" style="text-align:center">榕江“村超”再度火爆出圈</h1>
<p style="text-indent:2em;line-height:2" class="p1"><span style="font-family:微软雅黑;color:rgb(51,51,51)"><font size="3">7月29日晚，</font></span><a href="https://www.qdnsyb.cn/news/1.html" class="link" target="_blank" rel="noopener" style="color:blue" title="相关报道">“村超”总决赛</a>在榕江县城北新区体育场举行。</p>
<p>详情见<a href="/news/2.html">往期报道</a>，联系<a href="mailto:news@qdnsyb.cn">编辑部</a>，<a href="javascript:alert(1)" onclick="steal()">点击领取</a>。</p>
<div class="share"><button type="button" class="btn">分享到微信</button><svg viewBox="0 0 16 16"><title>微信</title><path d="M0 0"/></svg></div>
<noscript><img src="https://track.example.com/pixel.gif"></noscript>
</div>`;

    expect(cleanPastedHtml(html)).toBe(
      "<div>" +
        "<h2>榕江“村超”再度火爆出圈</h2>" +
        '<p>7月29日晚，<a href="https://www.qdnsyb.cn/news/1.html" title="相关报道">“村超”总决赛</a>在榕江县城北新区体育场举行。</p>' +
        '<p>详情见往期报道，联系<a href="mailto:news@qdnsyb.cn">编辑部</a>，点击领取。</p>' +
        "</div>",
    );
  });

  it("keeps web images with real addresses, including lazy-loaded ones, and drops data: placeholders", () => {
    const html = `<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.qdnsyb.cn/2024/07/cunchao.jpg" class="lazy" alt="现场观众" width="800" height="533" style="width:100%"></p>
<p><img src="https://img.qdnsyb.cn/a.jpg" srcset="https://img.qdnsyb.cn/a-400.jpg 400w, https://img.qdnsyb.cn/a-800.jpg 800w" sizes="100vw" width="100%"></p>
<p><img src="https://img.qdnsyb.cn/b.jpg" srcset="b-400.jpg 400w"></p>
<p><img src="data:image/png;base64,iVBORw0KGgo="></p>`;

    expect(cleanPastedHtml(html)).toBe(
      '<p><img src="https://img.qdnsyb.cn/2024/07/cunchao.jpg" alt="现场观众" width="800" height="533"></p>' +
        '<p><img src="https://img.qdnsyb.cn/a.jpg" srcset="https://img.qdnsyb.cn/a-400.jpg 400w, https://img.qdnsyb.cn/a-800.jpg 800w" sizes="100vw"></p>' +
        '<p><img src="https://img.qdnsyb.cn/b.jpg"></p>',
    );
  });

  it("reads bold and italic from CSS, and ignores Google Docs' non-bold <b> wrapper", () => {
    const html = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5b1c2d3e-7fff-1a2b"><p dir="ltr" style="line-height:1.38;margin-top:0pt"><span style="font-size:11pt;font-weight:700 !important;">镇远古城</span><span style="font-size:11pt;font-weight:400;">迎来</span><span style="font-style:italic;">暑期</span><span style="font-weight:bold;font-style:italic">客流高峰</span></p></b>`;

    expect(cleanPastedHtml(html)).toBe("<p><strong>镇远古城</strong>迎来<em>暑期</em><strong><em>客流高峰</em></strong></p>");
  });
});

describe("cleanPastedHtml: Chinese indentation and empty paragraphs", () => {
  it("strips full-width spaces and &nbsp; used as indentation, and keeps spaces inside the text", () => {
    const html = [
      "<p>　　雷山县西江千户苗寨景区　游客络绎不绝。</p>",
      "<p>&#12288;&#12288;第二段正文。</p>",
      "<p>&nbsp;&nbsp;&nbsp;&nbsp;第三段，&nbsp;中间的空格保留。</p>",
      "<p><strong>\u3000\u3000记者手记：</strong>第四段。</p>",
      "<p>　　第一行<br>　　第二行</p>",
      "<p>　　</p>",
      "<p>&nbsp;</p>",
      "<p><br></p>",
      "<p><span>&nbsp;</span><b></b></p>",
    ].join("");

    expect(cleanPastedHtml(html)).toBe(
      "<p>雷山县西江千户苗寨景区　游客络绎不绝。</p>" +
        "<p>第二段正文。</p>" +
        "<p>第三段，&nbsp;中间的空格保留。</p>" +
        "<p><strong>记者手记：</strong>第四段。</p>" +
        "<p>第一行<br>第二行</p>",
    );
  });
});

describe("cleanPastedHtml: robustness", () => {
  it("survives broken markup: unclosed script, stray '<', unbalanced tags", () => {
    expect(cleanPastedHtml("<p>甲 < 乙</p><p><b>未闭合<i>标签</p><script>alert(1)")).toBe(
      "<p>甲 &lt; 乙</p><p><b>未闭合<i>标签</i></b></p>",
    );
  });

  it("keeps the editor's own copy-and-paste intact (data-pm-slice, /media images)", () => {
    const html = `<ul data-pm-slice="3 3 []"><li><p>第一项</p></li></ul><img src="/media/2024/07/a.jpg" srcset="/media/2024/07/a-640.webp 640w, /media/2024/07/a-1280.webp 1280w" alt="" width="1280" height="853">`;

    expect(cleanPastedHtml(html)).toBe(
      '<ul data-pm-slice="3 3 []"><li><p>第一项</p></li></ul>' +
        '<img src="/media/2024/07/a.jpg" srcset="/media/2024/07/a-640.webp 640w, /media/2024/07/a-1280.webp 1280w" width="1280" height="853">',
    );
  });
});

describe("cleanPastedText", () => {
  it("drops the indentation at the start of each pasted line", () => {
    expect(cleanPastedText("　　第一段。\n\u3000\u3000第二段，　中间保留。\n  third")).toBe("第一段。\n第二段，　中间保留。\nthird");
  });
});
