export const zhCN = {
  app: {
    title: '技能评价现场核查',
    subtitle: '评价机构备案延续评估',
    demoBadge: '演示数据',
    demoNotice: '当前使用演示数据，仅供熟悉软件，请勿用于正式核查。',
    loading: '正在加载…',
  },
  nav: {
    institutions: '评价机构',
    inspections: '核查任务',
    settings: '设置',
    main: '主导航',
  },
  institutions: {
    heading: '评价机构',
    searchLabel: '搜索机构',
    searchPlaceholder: '名称、统一社会信用代码或备案号',
    empty: '暂无评价机构。可从 Excel 导入机构名单，或在设置中载入演示数据。',
    noMatch: '没有符合条件的机构。',
    count: '共 {{count}} 家',
    columns: {
      name: '机构名称',
      kind: '机构类别',
      filingNo: '备案号',
      filingYear: '备案年度',
      validTo: '有效期至',
      status: '状态',
    },
    kinds: { enterprise: '自主评价企业', college: '自主评价院校', socialOrg: '社会培训评价组织' },
  },
  errors: {
    generic: '操作失败：{{message}}',
  },
};

export type Messages = typeof zhCN;
