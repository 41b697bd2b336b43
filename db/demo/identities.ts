import { idCardCheckChar } from '../../shared/domain/validation/id-card';
import { USCC_CHARSET, usccCheckChar } from '../../shared/domain/validation/uscc';
import type { DemoRandom } from './prng';

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 organisation code (8 characters + check), which forms places 9–17 of a USCC. */
function organisationCode(random: DemoRandom): string {
  const body = random.digits(8);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * (ORG_CODE_WEIGHTS[i] as number);
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/**
 * A USCC with a correct GB 32100 check character: type prefix, region code, organisation code, check.
 * The organisation code's 'X' is not in the USCC charset, so it is drawn again in that case.
 */
export function demoUscc(random: DemoRandom, prefix: string, regionCode: string): string {
  for (;;) {
    const first17 = `${prefix}${regionCode}${organisationCode(random)}`;
    const check = [...first17].every((ch) => USCC_CHARSET.includes(ch)) ? usccCheckChar(first17) : null;
    if (check) return first17 + check;
  }
}

/** An 18-digit 身份证号 with a correct GB 11643 check character for the given birth date. */
export function demoIdNumber(random: DemoRandom, regionCode: string, birthDate: string): string {
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${random.digits(3)}`;
  const check = idCardCheckChar(first17);
  if (!check) throw new Error(`not 17 digits: ${first17}`);
  return first17 + check;
}

const SURNAMES = ['王', '李', '张', '刘', '郭', '赵', '杨', '武', '贾', '高', '梁', '韩', '吕', '乔', '任', '石', '白', '段', '曹', '魏'];
const GIVEN = [
  '建',
  '国',
  '红',
  '丽',
  '军',
  '芳',
  '伟',
  '敏',
  '强',
  '霞',
  '磊',
  '静',
  '鹏',
  '娜',
  '鑫',
  '慧',
  '斌',
  '燕',
  '晋',
  '瑞',
  '宇',
  '婷',
  '涛',
  '琳',
];

export function demoPersonName(random: DemoRandom): string {
  const given = random.chance(0.7) ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN);
  return random.pick(SURNAMES) + given;
}

export function demoPhone(random: DemoRandom): string {
  return `0353-${random.int(2, 8)}${random.digits(6)}`;
}
