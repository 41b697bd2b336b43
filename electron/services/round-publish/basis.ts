/**
 * The notices' own sentences on 双随机、一公开, quoted verbatim from the seeds (002 §六(二), 003 §二(一)); a public
 * notice cites what obliges the office to publish it.
 */
export const PUBLISH_BASIS: readonly { source: string; quote: string }[] = [
  {
    source: '鲁人社字〔2020〕50号 §六(二)',
    quote: '要推行“双随机、一公开”“互联网+监管”等方式，加强事中事后监管。',
  },
  {
    source: '鲁人社函〔2024〕48号 §二(一)',
    quote:
      '质量督导指标主要适用于技能人才评价管理部门按照“双随机、一公开”原则开展质量监督管理，规范外部质量督导，建立质量督导档案时参考，也可供评价机构开展内部质量督导时使用。',
  },
];
