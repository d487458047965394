import "server-only";
import { db } from "@/lib/db/client";
import { NEWEST_FIRST } from "@/lib/data/publish-order";
import { STATUS } from "@/lib/content/status";

// Groups and items for the demo topics (DEMO_TOPICS in site-defaults.ts):
// each group gathers the newest demo articles whose titles carry its words,
// so the same seed gives the same topics. Topics that already have groups
// are left alone.

type DemoGroup = { title: string; words: string[] };

const DEMO_TOPIC_CONTENT: Record<string, { introHtml: string; groups: DemoGroup[] }> = {
  miaonian: {
    introHtml:
      "<p>苗年是苗族人民最隆重的传统节日。每年秋收之后，黔东南各地苗寨杀猪打糍粑、吹笙跳舞、摆长桌宴，走亲访友，庆祝丰收、祈福来年。</p>" +
      "<p>本专题汇集各县市苗年及民族节庆活动的现场报道，以及非遗技艺传承的故事。</p>",
    groups: [
      { title: "节日现场", words: ["苗年", "芦笙", "长桌宴", "姊妹节", "侗年", "吃新节"] },
      { title: "非遗传承", words: ["非遗", "苗绣", "银饰", "侗族大歌"] },
    ],
  },
  "xiangcun-zhenxing": {
    introHtml:
      "<p>产业兴旺、生态宜居、乡风文明、治理有效、生活富裕。本专题记录黔东南各地推进乡村振兴的基层实践：</p>" +
      "<ul><li>特色产业：茶叶、蓝莓、刺梨、林下经济</li><li>农村电商与物流</li><li>和美乡村建设</li></ul>",
    groups: [
      { title: "特色产业", words: ["茶", "蓝莓", "刺梨", "香菇", "林下经济", "油茶"] },
      { title: "电商助农", words: ["电商", "直播", "快递"] },
      { title: "和美乡村", words: ["和美乡村", "人居环境", "村集体经济", "驻村"] },
    ],
  },
  "pingan-qiandongnan": {
    introHtml: "<p>网格化管理、矛盾纠纷化解、安全隐患排查……平安黔东南建设中的基层故事。</p>",
    groups: [
      { title: "基层治理", words: ["网格", "纠纷", "村规民约", "积分超市"] },
      { title: "安全防范", words: ["消防", "隐患", "应急演练", "地质灾害"] },
    ],
  },
};

const ITEMS_PER_GROUP = 5;

export async function seedDemoTopicItems() {
  const topics = await db.topic.findMany({
    where: { slug: { in: Object.keys(DEMO_TOPIC_CONTENT) } },
    select: { id: true, slug: true, _count: { select: { groups: true } } },
  });
  for (const topic of topics) {
    if (topic._count.groups > 0) continue;
    const content = DEMO_TOPIC_CONTENT[topic.slug];
    await db.topic.update({ where: { id: topic.id }, data: { introHtml: content.introHtml } });
    const used = new Set<number>();
    for (const [position, group] of content.groups.entries()) {
      const articles = await db.article.findMany({
        where: { status: STATUS.published, OR: group.words.map((w) => ({ title: { contains: w } })), id: { notIn: [...used] } },
        orderBy: NEWEST_FIRST,
        take: ITEMS_PER_GROUP,
        select: { id: true },
      });
      articles.forEach((a) => used.add(a.id));
      await db.topicGroup.create({
        data: { topicId: topic.id, title: group.title, position, items: { create: articles.map((a, i) => ({ articleId: a.id, position: i })) } },
      });
    }
  }
}
