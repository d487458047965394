// Number makers for news templates ({万亩}, {户数}, {增幅} …). Ranges are
// chosen to be plausible for one county or the whole prefecture (about 4.8
// million people), so figures never look absurd next to each other. Most
// return the unit with the number because Chinese copy writes them together.
import type { Rng } from "./rng";

type Maker = (rng: Rng) => string;

/** "3.2" or "3": a zero decimal is dropped, as editors would write it. */
const dec = (rng: Rng, min: number, max: number) => {
  const whole = rng.int(min, max);
  const tenth = rng.int(0, 9);
  return tenth === 0 ? String(whole) : `${whole}.${tenth}`;
};

export const NUMBER_MAKERS: Readonly<Record<string, Maker>> = {
  万亩: (r) => `${dec(r, 1, 12)}万亩`,
  亩: (r) => `${r.int(3, 200) * 10}亩`,
  // "1200余户" rounds, "1236户" is exact; both are common in reports.
  户数: (r) => (r.chance(0.5) ? `${r.int(6, 480) * 10}余户` : `${r.int(60, 4800)}户`),
  人数: (r) => String(r.int(5, 300) * 10),
  数: (r) => String(r.int(3, 40)),
  数小: (r) => String(r.int(2, 9)),
  数大: (r) => String(r.int(100, 3000)),
  村数: (r) => String(r.int(12, 200)),
  招聘数: (r) => String(r.int(5, 120)),
  预警时长: (r) => String(r.int(12, 24)),
  万元: (r) => `${r.int(30, 9800)}万元`,
  亿元: (r) => `${dec(r, 1, 60)}亿元`,
  村集体: (r) => `${r.int(20, 160)}万元`,
  元: (r) => `${r.int(8, 60) * 100}元`,
  人均收入: (r) => `${r.int(12000, 19800)}元`,
  单价: (r) => `${r.int(20, 160)}元`,
  单价小: (r) => `${r.int(3, 12)}元`,
  日薪: (r) => `${r.int(10, 22) * 10}元`,
  月薪: (r) => `${r.int(25, 55) * 100}元`,
  增幅: (r) => `${dec(r, 3, 36)}%`,
  百分整: (r) => `${r.int(40, 95)}%`,
  百分高: (r) => `${dec(r, 93, 99)}%`,
  森林覆盖率: (r) => `${dec(r, 66, 72)}%`,
  吨: (r) => `${r.int(20, 9000)}吨`,
  万吨: (r) => `${dec(r, 2, 30)}万吨`,
  公里: (r) => `${dec(r, 3, 160)}公里`,
  路网: (r) => `${r.int(2000, 9800)}公里`,
  场次: (r) => `${r.int(3, 60)}场次`,
  万人次: (r) => `${dec(r, 2, 300)}万人次`,
  万人: (r) => `${dec(r, 2, 60)}万人`,
  游客数: (r) => `${r.int(2, 9)}万余名`,
  米: (r) => `${r.int(30, 200) * 10}米`,
  床位: (r) => String(r.int(2, 16) * 50),
  菌棒: (r) => `${r.int(100, 3000)}万棒`,
  小时: (r) => `${r.int(8, 36)}小时`,
  毫米: (r) => `${dec(r, 40, 220)}毫米`,
  低温: (r) => `${r.int(-3, 6)}℃`,
  降温: (r) => {
    const from = r.int(4, 7);
    return `${from}至${from + r.int(2, 4)}℃`;
  },
  月份: (r) => `${r.int(1, 11)}月`,
  日期: (r) => `${r.int(1, 12)}月${r.int(1, 28)}日`,
  // A range inside one month, so the end never precedes the start.
  报名时段: (r) => {
    const month = r.int(1, 12);
    const start = r.int(1, 16);
    return `${month}月${start}日至${month}月${start + r.int(4, 12)}日`;
  },
  时段: (r) => `${r.int(7, 9)}时至${r.int(16, 19)}时`,
  时刻: (r) => `${r.int(6, 20)}时${r.pick(["00", "15", "30", "45"])}分`,
};
