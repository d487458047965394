// How the audit log names what was done.
const ACTION_LABELS: Record<string, string> = {
  "sign-in": "登录",
  "article.create": "新建稿件",
  "article.save": "保存稿件",
  "article.submit": "提交审核",
  "article.return": "退回稿件",
  "article.publish": "发布",
  "article.schedule": "定时发布",
  "article.publish-scheduled": "定时发布生效",
  "article.withdraw": "撤稿",
  "image.upload": "上传图片",
};

export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}
