// Hand-written short news items for the search tests, each with the queries
// that must find it first. Written for these tests; none of it comes from
// elsewhere.

export type SearchCase = {
  key: string;
  title: string;
  body: string;
  /** Days before the tests' reference time. */
  daysAgo: number;
  queries: string[];
};

export const SEARCH_CASES: SearchCase[] = [
  { key: "kaili", title: "凯里市举办民族服饰展演", body: "民族文化宫广场上，各县苗族、侗族群众身着盛装参加展演，银饰与刺绣吸引不少游客驻足拍照。", daysAgo: 3, queries: ["凯里", "凯里市", "民族服饰"] },
  { key: "leishan", title: "雷山县西江千户苗寨迎来旅游旺季", body: "假期里景区接待游客明显增加，景区增开观光车，民宿入住率保持高位。", daysAgo: 5, queries: ["雷山", "雷山县", "西江千户苗寨"] },
  { key: "g60", title: "G60高速三穗段完成路面改造", body: "经过两个月施工，沪昆高速三穗段路面改造完工，车辆通行时间明显缩短。", daysAgo: 8, queries: ["G60高速", "g60"] },
  { key: "rice", title: "从江县香禾糯喜获丰收", body: "加榜梯田的香禾糯进入收割季，合作社统一收购，并通过电商平台销往各地。", daysAgo: 12, queries: ["香禾糯"] },
  { key: "football", title: "榕江县乡村足球联赛决赛落幕", body: "城北新区体育场座无虚席，乡村足球联赛决赛吸引数万名观众到场观看。", daysAgo: 2, queries: ["足球"] },
  { key: "drum", title: "黎平县肇兴侗寨鼓楼修缮完工", body: "五座鼓楼的修缮工程通过验收，工匠们沿用传统榫卯工艺，不用一颗铁钉。", daysAgo: 20, queries: ["鼓楼"] },
  { key: "forest", title: "天柱县开展冬季森林防火演练", body: "县应急管理局组织扑火队伍进行实战演练，检验灭火装备和通讯保障能力。", daysAgo: 1, queries: ["森林防火"] },
  { key: "night", title: "镇远古城夜游项目上线", body: "古城推出舞阳河夜游线路，游客可乘船观赏沿岸灯光和古建筑。", daysAgo: 15, queries: ["夜游"] },
  { key: "spa", title: "剑河县温泉小镇招商推介会举行", body: "推介会介绍了温泉康养项目，十余家企业现场签约。", daysAgo: 30, queries: ["温泉"] },
  { key: "paper", title: "丹寨县万达小镇举办非遗集市", body: "古法造纸、鸟笼编织等非遗项目现场展示，吸引游客动手体验。", daysAgo: 9, queries: ["古法造纸"] },
  { key: "berry", title: "麻江县蓝莓产业带动农户增收", body: "宣威镇蓝莓种植面积继续扩大，新建的冷链仓储已经投入使用。", daysAgo: 40, queries: ["蓝莓"] },
  { key: "sisters", title: "台江县姊妹节盛装巡游", body: "施洞镇节日期间，盛装巡游队伍绵延数里，游客跟着村民学做姊妹饭。", daysAgo: 60, queries: ["姊妹节"] },
  { key: "inkstone", title: "岑巩县思州石砚制作技艺传承", body: "石砚传承人收徒授艺，几件作品在工艺品博览会上获奖。", daysAgo: 70, queries: ["石砚"] },
  { key: "duck", title: "三穗县麻鸭产业链延伸", body: "养殖企业新建加工车间，真空包装的麻鸭产品销往省外。", daysAgo: 25, queries: ["麻鸭"] },
  { key: "archive", title: "锦屏县文书档案数字化启动", body: "锦屏文书是清代以来林业契约的珍贵档案，数字化工作计划用三年完成。", daysAgo: 33, queries: ["锦屏文书"] },
  { key: "rafting", title: "施秉县杉木河漂流季结束", body: "今年杉木河漂流接待游客人数创新高，景区将进行冬季维护。", daysAgo: 45, queries: ["漂流"] },
  { key: "hospital", title: "州人民医院开通远程会诊", body: "州人民医院与各县市医院开通远程会诊平台，基层患者在家门口就能请专家看病。", daysAgo: 6, queries: ["远程会诊"] },
  { key: "lunch", title: "全州秋季学期营养午餐全覆盖", body: "各地学校食堂按标准供餐，营养午餐惠及农村学生。", daysAgo: 18, queries: ["营养午餐"] },
  { key: "5g", title: "5G基站建设提速 乡镇实现信号全覆盖", body: "通信运营商今年新建5G基站四百余个，偏远村寨也能流畅上网。", daysAgo: 4, queries: ["5G基站"] },
  { key: "cold", title: "州气象台发布寒潮蓝色预警", body: "受冷空气影响，未来三天全州气温下降八到十度，请注意防寒保暖。", daysAgo: 0, queries: ["寒潮"] },
  { key: "fraud", title: "警惕<刷单>诈骗 民警提醒“天上不会掉馅饼”", body: "近期网络刷单诈骗案件多发，民警提醒群众不要轻信高额返利。", daysAgo: 7, queries: ["刷单"] },
];
