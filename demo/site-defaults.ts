// What a new installation starts with: the news sections, the site's
// settings and a few newsroom names for 责任编辑. Contact details are
// placeholders for the operator to replace in the newsroom.

export const NEWS_SECTIONS = [
  { slug: "quanzhou", name: "全州", description: "全州要闻，州内重大新闻与综合动态。" },
  { slug: "shizheng", name: "时政", description: "州委州政府重要会议、政策与政务信息。" },
  { slug: "lingdao", name: "领导", description: "州领导调研、检查与重要活动。" },
  { slug: "xianshi", name: "县市", description: "十六县市新闻动态。" },
  { slug: "zonghe", name: "综合", description: "社会、文化、教育、卫生与民生新闻。" },
  { slug: "fabu", name: "发布", description: "通知公告、政策解读与权威发布。" },
  { slug: "shiting", name: "视听", description: "视频、图片报道。" },
  { slug: "hangye", name: "行业", description: "农业、旅游、工业、电商等行业资讯。" },
] as const;

export const DEFAULT_SETTINGS = {
  siteName: "黔东南信息港",
  siteDescription: "黔东南州综合新闻门户",
  submissionEmail: "tougao@portal.example",
  hotline: "0855-0000000",
  dutyContact: "00000000",
  dutyContactKind: "qq",
  originalStatement:
    "本网注明“来源：黔东南信息港”的稿件，版权归本网所有。未经书面授权，任何单位和个人不得转载、摘编或以其他方式使用；已获授权的，请在授权范围内使用并注明出处。",
  reprintStatement:
    "本文转载自{source}，转载是为了传递更多信息，不代表本网观点，本网不对其内容的真实性负责。如涉及版权问题，请与本网联系。",
  copyright: "黔东南信息港 版权所有",
  // Registration numbers and reporting lines of a real portal would go here;
  // the demo's are made up and say so on the page, so nobody takes them for real.
  icp: "黔ICP备00000000号（示例）",
  policeRecord: "黔公网安备00000000000000号（示例）",
  newsLicense: "00000000000（示例）",
  reportPhone: "0855-0000000",
  reportEmail: "jubao@portal.example",
  siteUrl: "",
  aboutHtml:
    "<p>（示例内容，请在“编辑部 → 网站设置”中改写。）</p><p>黔东南信息港是黔东南州的综合新闻门户，报道全州时政、县市动态、行业资讯，提供图片、视听、专题和人才信息服务。</p>",
  contactHtml:
    "<p>（示例内容，请在“编辑部 → 网站设置”中改写。）</p><h2>新闻线索</h2><p>在线投稿邮箱：tougao@portal.example</p><p>新闻热线：0855-0000000</p><h2>地址</h2><p>贵州省黔东南苗族侗族自治州凯里市（示例地址）</p>",
};

export const DEMO_EDITORS = [
  { username: "demo-editor-1", displayName: "杨晓帆" },
  { username: "demo-editor-2", displayName: "吴敏" },
  { username: "demo-editor-3", displayName: "龙海燕" },
] as const;

export const DEMO_TOPICS = [
  { slug: "miaonian", title: "欢度苗年", summary: "走进各地苗年活动，记录节日里的歌舞、长桌宴与乡村新貌。", ongoing: true },
  { slug: "xiangcun-zhenxing", title: "乡村振兴看黔东南", summary: "产业、人才、文化、生态、组织振兴的基层实践与典型经验。", ongoing: true },
  { slug: "pingan-qiandongnan", title: "平安黔东南", summary: "基层治理、警民共建与矛盾纠纷化解的故事。", ongoing: false },
] as const;
