/* The terminal's andon texts, English and Simplified Chinese (i18n.js). */
window.Forgeline.i18n.add({
  'an.title': ['Andon', '安灯'],
  'an.raise': ['Call for help with one touch', '一键呼叫'],
  'an.kind.MATERIAL': ['Material', '物料'],
  'an.kind.QUALITY': ['Quality', '质量'],
  'an.kind.MAINTENANCE': ['Maintenance', '维修'],
  'an.kind.HELP': ['Help', '求助'],
  'an.state.OPEN': ['Open', '待确认'],
  'an.state.ACKNOWLEDGED': ['Acknowledged', '已确认'],
  'an.open': ['Open andons', '未关闭的安灯'],
  'an.none': ['No open andon at this work center.', '本工作中心没有未关闭的安灯。'],
  'an.age': ['{minutes} min', '{minutes} 分钟'],
  'an.level': ['escalated ×{level}', '已升级 {level} 次'],
  'an.acknowledge': ['Acknowledge', '确认'],
  'an.resolve': ['Resolve', '解决'],
  'an.note': ['How was it resolved?', '如何解决的？'],
  'an.send': ['Resolve andon', '关闭安灯'],
  'an.raised': ['{kind} andon raised.', '已发起{kind}安灯。'],
  'an.action.raise': ['Raise andon', '发起安灯'],
  'an.action.acknowledge': ['Acknowledge andon', '确认安灯'],
  'an.action.resolve': ['Resolve andon', '解决安灯'],
  'an.refused': ['{action} refused', '{action}被拒绝']
});
