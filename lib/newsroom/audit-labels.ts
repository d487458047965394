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
  "photoset.create": "新建图集",
  "photoset.save": "保存图集",
  "photoset.publish": "发布图集",
  "photoset.withdraw": "撤下图集",
  "settings.update": "修改网站设置",
  "sections.update": "修改栏目",
  "submission.convert": "投稿转为草稿",
  "submission.reject": "投稿不采用",
  "user.create": "新建账号",
  "user.update": "修改账号",
  "user.reset-password": "重置密码",
};

export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}
