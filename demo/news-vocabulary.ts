// Shared word lists for the demo news generator: places, people, sources and
// the section-independent sentences. Theme-specific wording lives in
// news-themes.ts so that adding a theme never means touching this file.
//
// Everything here is plain text that is later dropped into HTML unescaped, so
// no entry may contain < > or &.

export type County = {
  name: string;
  /** Name without 县/市, as used in brand and company names (凯里, 黄平 …). */
  short: string;
  /** Well-known sights; used sparingly so that most text stays generic. */
  sights: readonly string[];
  /** Local specialities people in the prefecture would recognise. */
  products: readonly string[];
};

// Real counties with a few widely known landmarks and products, so tags such
// as 雷山县 or 从江县 recur across articles and "related news" has something to
// match on. Towns and villages are invented below instead: a wrong real town
// would look like a factual claim, an invented one is obviously demo data.
export const COUNTIES: readonly County[] = [
  { name: "凯里市", short: "凯里", sights: ["香炉山", "金泉湖", "南花苗寨"], products: ["红酸汤", "苗族银饰"] },
  { name: "黄平县", short: "黄平", sights: ["旧州古镇", "飞云崖", "舞阳河"], products: ["革家蜡染", "泥哨"] },
  { name: "施秉县", short: "施秉", sights: ["云台山", "杉木河"], products: ["太子参", "中药材"] },
  { name: "三穗县", short: "三穗", sights: ["颇洞村"], products: ["三穗鸭", "竹编"] },
  { name: "镇远县", short: "镇远", sights: ["镇远古城", "青龙洞", "铁溪"], products: ["镇远道菜", "陈年道菜"] },
  { name: "岑巩县", short: "岑巩", sights: ["龙鳌河", "马家寨"], products: ["思州石砚", "岑巩茶"] },
  { name: "天柱县", short: "天柱", sights: ["三门塘", "清水江"], products: ["油茶", "天柱大米"] },
  { name: "锦屏县", short: "锦屏", sights: ["隆里古城", "文斗苗寨", "三板溪"], products: ["锦屏杉木", "锦屏文书"] },
  { name: "剑河县", short: "剑河", sights: ["仰阿莎湖", "剑河温泉"], products: ["钩藤", "稻花鲤"] },
  { name: "台江县", short: "台江", sights: ["施洞古镇", "台盘村", "红阳草场"], products: ["苗绣", "苗族银饰"] },
  { name: "黎平县", short: "黎平", sights: ["肇兴侗寨", "堂安侗寨", "翘街"], products: ["黎平茶", "香禾糯"] },
  { name: "榕江县", short: "榕江", sights: ["三宝侗寨", "大利侗寨", "都柳江"], products: ["榕江小香鸡", "榕江西瓜"] },
  { name: "从江县", short: "从江", sights: ["岜沙苗寨", "加榜梯田", "小黄侗寨"], products: ["从江香猪", "从江椪柑"] },
  { name: "雷山县", short: "雷山", sights: ["西江千户苗寨", "朗德苗寨", "雷公山"], products: ["雷山银球茶", "天麻"] },
  { name: "麻江县", short: "麻江", sights: ["下司古镇", "云谷田园"], products: ["麻江蓝莓", "锌硒米"] },
  { name: "丹寨县", short: "丹寨", sights: ["石桥古法造纸村", "龙泉山"], products: ["丹寨硒锌米", "丹寨蜡染"] },
];

// Miao/Dong-sounding syllables: two of them plus 镇/乡/村 give believable,
// clearly invented place names, and thousands of them, which keeps titles
// distinct across a 100k-article benchmark.
export const PLACE_FIRST = [
  "排", "乌", "格", "掌", "岜", "摆", "高", "加", "者", "党", "九", "平", "坪", "南", "龙",
  "羊", "方", "交", "甘", "架", "宰", "巫", "洛", "登", "展", "翁", "培", "归", "报", "堂",
  "下", "上", "新", "大", "小", "岩", "石", "白", "长", "水",
] as const;
export const PLACE_SECOND = [
  "略", "洋", "勇", "扭", "坝", "榜", "翁", "孟", "寨", "里", "溪", "坡", "冲", "岭", "朗",
  "鸠", "引", "瓦", "荣", "嘎", "贡", "友", "丰", "场", "桥", "屯", "寿", "秋", "腊", "坳",
] as const;
export const TOWN_SUFFIX = ["镇", "镇", "镇", "乡", "街道"] as const;

export const SURNAMES = [
  "杨", "吴", "龙", "潘", "石", "王", "张", "李", "刘", "陈", "欧", "罗", "蒋", "杜", "姜",
  "邰", "顾", "万", "粟", "向", "田", "彭", "周", "黄", "赵", "胡", "徐", "邓", "袁", "梁",
  "唐", "谢", "宋", "舒", "麻", "文", "韦", "余", "付", "姚",
] as const;
export const GIVEN_CHARS = [
  "建", "华", "明", "国", "志", "军", "平", "勇", "海", "春", "秀", "英", "兰", "芳", "丽",
  "娟", "敏", "静", "婷", "雪", "宇", "杰", "涛", "斌", "鹏", "飞", "磊", "超", "强", "伟",
  "新", "文", "光", "林", "波", "庆", "德", "荣", "昌", "福", "金", "银", "花", "梅", "桂",
  "琴", "倩", "晓", "晨", "阳", "霞", "婧", "蕾", "琳", "博", "航", "凯", "睿", "思", "锦",
] as const;

// Generic ranks only; the person holding one is always an invented name.
export const PREFECTURE_LEADER_TITLES = [
  "州委书记", "州长", "州委副书记", "州人大常委会主任", "州政协主席", "常务副州长",
  "副州长", "副州长", "州委常委、秘书长", "州委常委、组织部部长", "州委常委、宣传部部长",
] as const;

export type Source = { name: string; /** How that outlet opens its copy. */ dateline: "agency" | "ju" };
export const SOURCES: readonly Source[] = [
  { name: "贵州日报", dateline: "ju" },
  { name: "新华网", dateline: "agency" },
  { name: "多彩贵州网", dateline: "ju" },
  { name: "黔东南日报", dateline: "ju" },
  { name: "黔东南日报", dateline: "ju" },
  { name: "人民网贵州频道", dateline: "agency" },
  { name: "天眼新闻", dateline: "ju" },
];
/** Agency datelines name the agency, not the website that carried the copy. */
export const AGENCY_PREFIX: Record<string, string> = { 新华网: "新华社", 人民网贵州频道: "人民网" };

// Slots every theme may use; a theme's own slots of the same name win.
export const GLOBAL_SLOTS: Record<string, readonly string[]> = {
  // Only point-in-time openers: "今年以来" would clash with leads such as
  // "……正式投入使用", so templates that mean a period say it themselves.
  时: ["近日", "日前", "近日", "{日期}", "日前"],
  近期: ["近日", "日前", "近期", "连日来"],
  字号: [
    "苗岭", "侗乡", "清江", "黔韵", "山语", "禾香", "云岭", "锦绣", "青山", "绿源", "鼓楼",
    "银河", "丰源", "金穗", "星河", "润田", "百鸟", "溪谷",
  ],
  合作社: ["{县短}{字号}种植专业合作社", "{村}{字号}专业合作社", "{县短}{字号}农民专业合作社"],
  群众: ["村民", "群众", "当地群众", "农户", "脱贫户"],
  干部: ["驻村第一书记", "村党支部书记", "村委会主任", "{镇}党委书记", "{镇}负责人"],
  推进: ["扎实推进", "持续推进", "统筹推进", "全力推进", "加快推进"],
  客源: ["重庆", "广州", "长沙", "上海", "杭州", "成都", "贵阳", "深圳", "南宁", "武汉", "北京", "昆明"],
  场景: [
    "采摘、分拣、装箱", "平整土地、铺设管网", "搬运物资、布置场地", "调试设备、清点货物",
    "修剪枝条、追施肥料", "打扫庭院、清理沟渠", "登记信息、核对台账",
  ],
  假期: ["“五一”假期", "国庆假期", "春节假期", "暑期", "清明假期", "端午假期"],
  画面: ["美丽画面", "忙碌身影", "动人瞬间", "崭新面貌"],
};

// Paragraphs that would fit under any theme. They keep articles long enough
// without making every theme carry dozens of sentences of its own.
export const GENERIC_DETAILS = [
  "为确保工作落到实处，{地}成立了工作专班，实行“周调度、月通报”制度，层层压实责任。",
  "{地}坚持把{主题}作为重要民生工程来抓，整合各类资金{万元}，集中力量办大事。",
  "在{镇}，记者看到，{群众}正忙着{场景}，处处呈现出一派繁忙景象。",
  "据统计，截至目前，{地}已累计投入资金{亿元}，实施各类项目{数}个，覆盖{村数}个行政村。",
  "工作中，{地}注重发挥党员先锋模范作用，组织{人数}余名党员干部深入一线，帮助解决实际困难{数}个。",
  "{地}还创新推行“党支部+合作社+农户”模式，由合作社统一技术标准、统一收购，{群众}只管安心生产。",
  "与此同时，{地}加大宣传引导力度，通过村村响广播、微信群、院坝会等形式，让政策家喻户晓。",
  "{镇}负责人介绍，今年以来，当地把{主题}与基层治理、产业发展结合起来，形成了相互促进的良好局面。",
  "为破解资金难题，{地}积极对接金融机构，为{户数}{群众}发放贷款{万元}。",
  "“以前大家心里没底，现在看到了实实在在的效益，参与的积极性越来越高。”{干部}{人名}说。",
  "在推进过程中，{地}坚持问题导向，梳理出短板弱项{数}项，逐项建立台账、限时销号。",
  "{地}还邀请省内外专家开展专题培训{场次}，培训{群众}{人数}人次，有效提升了从业人员的能力水平。",
];

export const GENERIC_OUTCOMES = [
  "目前，{地}{主题}工作取得阶段性成效，相关指标同比增长{增幅}。",
  "通过一系列措施，{地}带动{户数}群众实现增收，户均增收{元}。",
  "今年前三季度，{地}相关产业实现产值{亿元}，同比增长{增幅}，发展后劲持续增强。",
  "一组组数据的背后，是{地}干部群众苦干实干的生动写照。",
  "如今，{主题}已成为{地}推动高质量发展的一张亮丽名片。",
];

export const GENERIC_PLANS = [
  "下一步，{地}将继续{推进}{主题}工作，{任务}，不断提升群众的获得感、幸福感。",
  "{部门}负责人表示，下一步将坚持问题导向，{任务}，确保各项目标任务按期完成。",
  "接下来，{地}将总结推广经验做法，{任务}，推动{主题}工作再上新台阶。",
  "据悉，{地}还将出台配套措施，{任务}，为{主题}提供更加有力的保障。",
  "“接下来，我们将{任务}，让更多群众受益。”{部门}负责人说。",
];

// Short sub-headings (6–14 characters) usable in any theme.
export const GENERIC_HEADS = [
  "强化组织保障", "压实工作责任", "聚焦群众需求", "创新工作机制", "坚持问题导向",
  "抓好项目落地", "凝聚发展合力", "拓宽增收渠道", "补齐短板弱项", "做好服务保障",
  "激活内生动力", "久久为功见实效",
];

// Frames for meetings (时政). The chair must match the body holding the
// meeting, so each meeting carries its own chair rank.
export type Meeting = { name: string; chair: readonly string[]; county: boolean };
export const MEETINGS: readonly Meeting[] = [
  { name: "州委常委会会议", chair: ["州委书记"], county: false },
  { name: "州人民政府常务会议", chair: ["州长"], county: false },
  { name: "州委全面深化改革委员会会议", chair: ["州委书记"], county: false },
  { name: "全州{主题}工作推进会", chair: ["州委副书记", "常务副州长", "副州长"], county: false },
  { name: "全州{主题}工作调度会", chair: ["常务副州长", "副州长"], county: false },
  { name: "{县}{主题}工作推进会", chair: ["{县}长", "{县}委副书记"], county: true },
  { name: "{县}委常委会会议", chair: ["{县}委书记"], county: true },
];
export const MEETING_TITLES = [
  "{主持人}主持召开{会议}",
  "{会议}召开 {主持人}主持",
  "{领导}主持召开{会议} 研究部署{主题}等工作",
];
export const MEETING_LEADS = [
  "{时}，{会议}召开，研究部署{主题}等工作。{主持人}主持会议并讲话。",
  "{时}，{主持人}主持召开{会议}，传达学习上级有关会议精神，研究部署{主题}工作。",
  "{日期}，{会议}召开，听取{主题}工作情况汇报，研究部署下一阶段重点任务。{主持人}主持。",
];
// Kept in the order a meeting report runs: heard, pointed out, stressed, required.
export const MEETING_BODIES = [
  "会议听取了{部门}关于{主题}工作情况的汇报，对前一阶段取得的成效给予肯定。",
  "会议指出，做好{主题}工作，事关发展大局，事关群众切身利益，各级各部门要切实提高政治站位，把思想和行动统一到决策部署上来。",
  "会议强调，要{任务}，{任务2}，确保各项工作有序推进、取得实效。",
  "会议要求，各级各部门要强化责任担当，主要负责同志要亲自抓、负总责，分管负责同志要靠前指挥、具体抓。",
  "会议要求，要坚持以人民为中心的发展思想，{任务3}，切实把好事办实、把实事办好。",
];
export const MEETING_CLOSERS = [
  "会议还研究了其他事项。",
  "会议还审议通过了{文件}，要求各地各部门结合实际抓好贯彻落实。",
];

// Frames for inspection visits (领导). Ranks are generic; names are invented.
export const VISIT_TITLES = [
  "{领导职务}{领导}到{县}调研{主题}工作",
  "{领导}在{县}调研{主题}工作时强调 {任务}",
  "{领导职务}{领导}深入{县}{镇}督导{主题}工作",
  "{领导}带队赴{县}调研{主题}",
  "{领导职务}{领导}在{县}调研时强调 {任务}",
];
export const VISIT_LEADS = [
  "{时}，{领导职务}{领导}到{县}调研{主题}工作。",
  "{时}，{领导职务}{领导}深入{县}{镇}，就{主题}工作开展调研。",
  "{时}，{领导职务}{领导}率队到{县}，调研督导{主题}等工作。",
];
/** Site visits come first in a visit report … */
export const VISIT_SITES = [
  "{领导}一行先后来到{镇}{村}、{站点}等地，实地察看{察看}，详细了解{了解}。",
  "在{站点}，{领导}仔细察看现场，详细询问工作进展，叮嘱有关负责人压实责任、抓好落实。",
  "在{村}，{领导}走进农户家中，与{群众}面对面交流，认真倾听大家的意见和建议。",
  "座谈会上，{领导}听取了{县}有关情况汇报，对该地近年来的工作给予肯定。",
];
/** … then what the official said. */
export const VISIT_REMARKS = [
  "{领导}强调，要{任务}，{任务2}，切实把各项工作抓实抓细抓落地。",
  "{领导}指出，{县}在{主题}方面基础好、潜力大，要进一步解放思想、主动作为，在全州发展大局中展现更大担当。",
  "{领导}要求，各级干部要转变作风、深入一线，真正把群众的“急难愁盼”放在心上、抓在手上。",
];
export const VISIT_CLOSERS = [
  "州直有关部门负责人参加调研。",
  "{领导2}，州直有关部门主要负责人参加调研。",
  "州政府副秘书长{人名}，州直有关部门负责人陪同调研。",
];

// 视听 headlines are ordinary headlines with a format marker in front.
export const MEDIA_PREFIXES = ["【视频】", "【视频】", "组图：", "组图：", "【航拍】", "【图集】"];
export const VIDEO_LEADS = [
  "{时}，{记者}走进{县}{镇}，用镜头记录下当地{主题}的生动场景。一起跟随镜头去看看。",
  "{时}，{记者}来到{县}{镇}{村}，用镜头记录下这里的{画面}。",
];
export const PHOTO_LEADS = [
  "{时}，{记者}来到{县}{镇}，用一组图片记录下这里的{画面}。",
  "{时}，{记者}走进{县}{镇}{村}，用镜头定格{主题}的{画面}。",
];

// Kickers/subtitles for the ~10% of stories that carry one.
export const SUBTITLES = [
  "——{地}{主题}工作见闻",
  "——来自{县}{镇}的蹲点报道",
  "——{地}{推进}{主题}工作综述",
  "{推进}{主题} 助力高质量发展",
  "——记者走进{县}{村}",
];
