// Where a Chinese site's footer registrations are checked: readers (and
// regulators) expect each number to link to its registry.

/** 工业和信息化部 ICP/IP地址/域名信息备案管理系统. */
export const MIIT_REGISTRY_URL = "https://beian.miit.gov.cn/";

/** 中央网信办（国家互联网信息办公室）违法和不良信息举报中心. */
export const REPORT_CENTER_URL = "https://www.12377.cn/";

/**
 * 全国互联网安全管理服务平台: the record's own page when the number's digits
 * can be read from it (黔公网安备52260102000001号 → code=52260102000001).
 */
export function policeRecordUrl(record: string): string {
  const code = record.match(/\d{6,}/)?.[0];
  return code ? `https://beian.mps.gov.cn/#/query/webSearch?code=${code}` : "https://beian.mps.gov.cn/";
}
