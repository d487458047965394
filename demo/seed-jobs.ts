import "server-only";
import { db } from "@/lib/db/client";
import type { JobCategorySlug } from "@/lib/jobs/categories";
import { JOB_COUNTIES } from "@/lib/jobs/counties";
import { createRng } from "./rng";
import { STATUS } from "@/lib/content/status";

// Demo 人才网 posts: about thirty across the counties and categories, most
// open for weeks, a few closing within days, a few already expired (their
// pages say 该职位已过期) and one waiting for review. Same seed, same posts;
// dates are relative to `now`. Employers are made-up names.

type Template = { category: JobCategorySlug; position: string; employer: string; salary: [number, number] | null; requirements: string; description: string };

const TEMPLATES: Template[] = [
  { category: "xiaoshou", position: "门店销售顾问", employer: "{县}黔味特产商行", salary: [3000, 5500], requirements: "高中及以上学历，普通话流利，有销售经验者优先。", description: "负责门店特产销售与顾客接待，介绍酸汤、腊肉、刺梨等本地特产，完成月度销售目标。" },
  { category: "xiaoshou", position: "电话客服专员", employer: "黔东南{名}通信服务有限公司", salary: [2800, 4000], requirements: "中专及以上学历，会基本电脑操作，耐心细致。", description: "接听客户来电，解答业务咨询，登记并跟进客户反馈，做好服务记录。" },
  { category: "jiudian", position: "中餐厨师", employer: "{县}{名}酸汤鱼餐厅", salary: [4500, 7000], requirements: "三年以上中餐厨房经验，熟悉黔东南风味菜，持健康证。", description: "负责酸汤鱼、腌鱼等特色菜品制作，把控出品质量，协助制定菜单。" },
  { category: "jiudian", position: "酒店前台接待", employer: "{县}{名}山居酒店", salary: [2800, 3800], requirements: "形象端正，会简单英语者优先，能适应倒班。", description: "办理入住退房，接待咨询，处理预订，协助做好客房与前厅服务。" },
  { category: "lvyou", position: "景区讲解员", employer: "{县}{名}文化旅游发展有限公司", salary: [3200, 4800], requirements: "大专及以上学历，普通话二级甲等，熟悉苗侗文化，能讲苗语或侗语者优先。", description: "为游客讲解村寨历史、民族文化与建筑特色，参与节庆活动组织。" },
  { category: "lvyou", position: "民宿管家", employer: "{县}{名}民宿", salary: null, requirements: "热爱乡村生活，沟通能力强，会驾驶者优先。", description: "负责民宿日常运营、客人接待、线上平台订单处理与周边游线路推荐。" },
  { category: "jiaoyu", position: "小学数学教师", employer: "{县}{名}实验学校", salary: [4000, 6000], requirements: "本科及以上学历，持小学或以上数学教师资格证。", description: "承担小学数学教学任务，参与教研活动，做好学生辅导与家校沟通。" },
  { category: "jiaoyu", position: "幼儿园保育员", employer: "{县}{名}幼儿园", salary: [2500, 3500], requirements: "中专及以上学历，持保育员证，喜爱孩子。", description: "负责幼儿生活照料、卫生消毒，配合教师开展保教活动。" },
  { category: "yiliao", position: "护士", employer: "{县}{名}医院", salary: [3500, 5000], requirements: "护理专业大专及以上学历，持护士执业证书。", description: "负责病区护理工作，执行医嘱，做好患者护理记录与健康宣教。" },
  { category: "yiliao", position: "药房营业员", employer: "{县}{名}大药房", salary: [2800, 4200], requirements: "药学相关专业优先，持药师证者待遇从优。", description: "负责药品销售、陈列与库存管理，为顾客提供用药咨询。" },
  { category: "shengchan", position: "食品加工操作工", employer: "{县}{名}食品有限公司", salary: [3500, 5000], requirements: "身体健康，持健康证，能吃苦耐劳，接受倒班。", description: "负责刺梨饮品、酸汤等产品生产线操作，按工艺要求完成生产任务。" },
  { category: "shengchan", position: "质检员", employer: "黔东南{名}茶业有限公司", salary: [3800, 5200], requirements: "食品或化学相关专业，中专及以上学历。", description: "负责原料、半成品和成品的抽样检验，填写检验记录。" },
  { category: "jianzhu", position: "施工员", employer: "贵州{名}建设工程有限公司", salary: [5000, 8000], requirements: "土木工程相关专业，两年以上现场经验，持施工员证。", description: "负责施工现场技术管理、进度与质量控制，编写施工日志。" },
  { category: "jianzhu", position: "木工（侗族木构建筑）", employer: "{县}{名}古建修缮队", salary: [6000, 9000], requirements: "熟悉侗族鼓楼、风雨桥等木构建筑营造技艺者优先。", description: "参与传统木构建筑修缮与新建工程，按图纸完成构件制作与安装。" },
  { category: "wuliu", position: "快递派送员", employer: "{县}{名}快递服务站", salary: [4000, 7000], requirements: "持C1及以上驾照，熟悉县城道路。", description: "负责县城及周边乡镇快件派送与揽收，做好客户服务。" },
  { category: "wuliu", position: "冷链货车司机", employer: "黔东南{名}冷链物流有限公司", salary: [6000, 8500], requirements: "持B2及以上驾照，三年以上驾龄，无不良驾驶记录。", description: "负责蓝莓、蔬菜等农产品冷链运输，做好车辆日常检查与保养。" },
  { category: "nongye", position: "茶园技术员", employer: "{县}{名}生态茶业专业合作社", salary: [3500, 5000], requirements: "农学或茶学相关专业，懂茶园管护与病虫害防治。", description: "负责茶园种植技术指导、采摘组织与生产记录，培训社员。" },
  { category: "nongye", position: "稻鱼鸭养殖管理员", employer: "{县}{名}农业发展有限公司", salary: null, requirements: "有养殖经验，吃苦耐劳，本地人优先。", description: "负责稻田养鱼养鸭的日常管理、投喂与防疫，配合收获销售。" },
  { category: "dianshang", position: "直播带货主播", employer: "{县}{名}电子商务有限公司", salary: [4000, 10000], requirements: "形象好，表达能力强，熟悉本地特产，有直播经验者优先。", description: "通过短视频和直播推介本地农特产品与苗绣、银饰等手工艺品。" },
  { category: "dianshang", position: "新媒体运营", employer: "{县}{名}文化传媒有限公司", salary: [3500, 6000], requirements: "大专及以上学历，会拍摄剪辑，熟悉主流短视频平台。", description: "负责公众号、短视频账号内容策划与发布，分析运营数据。" },
  { category: "xingzheng", position: "会计", employer: "{县}{名}商贸有限公司", salary: [3500, 5000], requirements: "会计相关专业，持初级会计职称，熟练使用财务软件。", description: "负责公司日常账务处理、纳税申报与财务报表编制。" },
  { category: "xingzheng", position: "行政文员", employer: "{县}{名}物业服务有限公司", salary: [2600, 3500], requirements: "大专及以上学历，熟练使用办公软件，文字功底好。", description: "负责文件收发、会议记录、档案整理及日常行政事务。" },
  { category: "jiazheng", position: "育婴师", employer: "{县}{名}家政服务有限公司", salary: [4500, 6500], requirements: "持育婴师证，有相关工作经验，身体健康。", description: "为家庭提供婴幼儿照护、辅食制作与早期教育服务。" },
  { category: "jiazheng", position: "养老护理员", employer: "{县}{名}养老服务中心", salary: [3200, 4500], requirements: "有爱心和耐心，持养老护理员证者优先，可提供培训。", description: "负责老人生活照料、康复协助与日常陪护。" },
];

const NAMES = ["苗岭", "清江", "侗乡", "云台", "舞阳", "月亮山", "雷公山", "都柳", "杉乡", "银水", "梯田", "鼓楼"];
const CONTACTS = ["王女士", "杨先生", "吴经理", "龙女士", "潘先生", "张主管", "李女士", "欧先生"];

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const POSTS = 30;
/** Positions (oldest first) of the posts that have already closed, close within days, or wait for review. */
const EXPIRED = new Set([0, 3, 7]);
const CLOSING_SOON = new Set([12, 20, 26]);
const PENDING = POSTS - 1;

export async function seedDemoJobs({ seed, now = new Date() }: { seed: number; now?: Date }) {
  if ((await db.jobPost.count()) > 0) return;
  const rng = createRng(seed + 7);
  for (let i = 0; i < POSTS; i++) {
    // Every county at least once, then at random; templates cycle, so every category shows.
    const county = i < JOB_COUNTIES.length ? JOB_COUNTIES[(i * 5) % JOB_COUNTIES.length] : rng.pick(JOB_COUNTIES);
    const t = TEMPLATES[(i * 7) % TEMPLATES.length];
    const fill = (s: string) => s.replace("{县}", county.name).replace("{名}", rng.pick(NAMES));
    // Oldest first, so ids grow with publish time.
    const publishedAt = new Date(now.getTime() - (POSTS - i) * 20 * HOUR_MS - rng.int(0, 60) * 60_000);
    const expiresAt = EXPIRED.has(i)
      ? new Date(now.getTime() - rng.int(1, 5) * DAY_MS)
      : CLOSING_SOON.has(i)
        ? new Date(now.getTime() + rng.int(1, 3) * DAY_MS)
        : new Date(now.getTime() + rng.int(15, 60) * DAY_MS);
    const salary = t.salary ? [t.salary[0] + rng.int(0, 2) * 500, t.salary[1] + rng.int(0, 2) * 500] : null;
    const pending = i === PENDING;
    await db.jobPost.create({
      data: {
        position: t.position,
        employer: fill(t.employer),
        county: county.slug,
        category: t.category,
        salaryMin: salary?.[0] ?? null,
        salaryMax: salary?.[1] ?? null,
        headcount: rng.pick([1, 1, 2, 2, 3, 5, 10]),
        requirements: t.requirements,
        description: t.description,
        contactName: rng.pick(CONTACTS),
        contactPhone: `0855-${rng.int(8100000, 8999999)}`,
        contactEmail: rng.chance(0.4) ? `hr${rng.int(100, 999)}@jobs.example` : "",
        expiresAt,
        status: pending ? STATUS.pending : STATUS.published,
        publishedAt: pending ? null : publishedAt,
        createdAt: publishedAt,
        submitterIp: pending ? "203.0.113.7" : "",
      },
    });
  }
}
