// The public holidays of Vietnam and of its neighbours across the border (Cambodia, Laos, China) that can be
// computed from a rule, for an operator to take into a gate's calendar (calendar.json#/$defs/holiday) and
// correct there: governments fix the exact days off each year (bridges, days in lieu, a Tết break of five
// to nine days), and Buddhist feasts follow calendars this module does not compute. docs/DATA.md lists
// each rule and its source.
import {
  dateOfDayNumber,
  dateOfLunar,
  dayNumberOf,
  lunarYears,
  solarTermDate,
  type LunarMeridian,
} from './lunar.ts';

/** The countries whose holidays are computed (ISO 3166-1 alpha-2). */
export type HolidayCountry = 'VN' | 'KH' | 'LA' | 'CN';

export const holidayCountries: readonly HolidayCountry[] = ['VN', 'KH', 'LA', 'CN'];

/** The languages every holiday of a country is named in: Vietnamese, English and the country's own. */
export const holidayLanguages: Readonly<Record<HolidayCountry, readonly string[]>> = {
  VN: ['vi', 'en'],
  KH: ['vi', 'en', 'km'],
  LA: ['vi', 'en', 'lo'],
  CN: ['vi', 'en', 'zh-Hans'],
};

/** One day of a public holiday (a holiday of several days is one entry per day, with the same key). */
export interface Holiday {
  /** The date, YYYY-MM-DD. */
  date: string;
  country: HolidayCountry;
  /** Which holiday, e.g. tet, the same every year. */
  key: string;
  /** Its name in each of holidayLanguages[country]. */
  name: Readonly<Record<string, string>>;
}

type Names = Readonly<Record<string, string>>;

// Vietnam: Labour Code 2019 (45/2019/QH14), art. 112, in force since 2021.
const vn = {
  newYear: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' },
  hungKings: { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
  reunification: { vi: 'Ngày Giải phóng miền Nam, thống nhất đất nước', en: 'Reunification Day' },
  labour: { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
  nationalDay: { vi: 'Quốc khánh', en: 'National Day' },
} satisfies Record<string, Names>;

// Cambodia: the fixed dates of the yearly sub-decree on public holidays (no. 166 of 2022 for 2023; the
// Ministry of Labour's Prakas 014/24 for 2024).
const kh = {
  newYear: { vi: 'Tết Dương lịch', en: "International New Year's Day", km: 'ទិវាចូលឆ្នាំសកល' },
  victory: {
    vi: 'Ngày Chiến thắng chế độ diệt chủng',
    en: 'Victory over Genocide Day',
    km: 'ទិវាជ័យជម្នះលើរបបប្រល័យពូជសាសន៍',
  },
  women: { vi: 'Ngày Quốc tế Phụ nữ', en: "International Women's Day", km: 'ទិវានារីអន្តរជាតិ' },
  khmerNewYear: { vi: 'Tết Chôl Chnăm Thmây', en: 'Khmer New Year', km: 'បុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ' },
  labour: { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day', km: 'ទិវាពលកម្មអន្តរជាតិ' },
  kingBirthday: {
    vi: 'Sinh nhật Quốc vương Norodom Sihamoni',
    en: "King Norodom Sihamoni's Birthday",
    km: 'ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម ព្រះមហាក្សត្រ នរោត្តម សីហមុនី',
  },
  queenMotherBirthday: {
    vi: 'Sinh nhật Thái hậu Norodom Monineath Sihanouk',
    en: "Queen Mother Norodom Monineath Sihanouk's Birthday",
    km: 'ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម សម្តេចព្រះមហាក្សត្រី នរោត្តម មុនិនាថ សីហនុ',
  },
  constitution: { vi: 'Ngày Hiến pháp', en: 'Constitution Day', km: 'ទិវាប្រកាសរដ្ឋធម្មនុញ្ញ' },
  kingFather: {
    vi: 'Ngày tưởng niệm Quốc vương Norodom Sihanouk',
    en: 'Commemoration Day of King Father Norodom Sihanouk',
    km: 'ទិវាប្រារព្ធពិធីគោរពព្រះវិញ្ញាណក្ខន្ធ ព្រះបរមរតនកោដ្ឋ',
  },
  coronation: {
    vi: 'Ngày Đăng quang của Quốc vương Norodom Sihamoni',
    en: 'Coronation Day of King Norodom Sihamoni',
    km: 'ព្រះរាជពិធីគ្រងព្រះបរមរាជសម្បត្តិ',
  },
  independence: { vi: 'Ngày Độc lập Campuchia', en: 'Independence Day', km: 'ពិធីបុណ្យឯករាជ្យជាតិ' },
} satisfies Record<string, Names>;

// Laos: the yearly decree on official holidays (that for 2018 lists 1 January, 8 March, Pi Mai in April,
// 1 May and 2 December; Pi Mai's days are announced each spring).
const la = {
  newYear: { vi: 'Tết Dương lịch', en: "International New Year's Day", lo: 'ວັນປີໃໝ່ສາກົນ' },
  women: { vi: 'Ngày Quốc tế Phụ nữ', en: "International Women's Day", lo: 'ວັນແມ່ຍິງສາກົນ' },
  piMai: { vi: 'Tết Bunpimay', en: 'Lao New Year (Pi Mai)', lo: 'ບຸນປີໃໝ່ລາວ' },
  labour: { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day', lo: 'ວັນກຳມະກອນສາກົນ' },
  nationalDay: { vi: 'Quốc khánh Lào', en: 'Lao National Day', lo: 'ວັນຊາດ' },
} satisfies Record<string, Names>;

// China: the State Council's Regulations on National Holidays (全国年节及纪念日放假办法), as amended in
// 2024 (in force 2025): the statutory days, not the yearly arrangement that swaps weekends to make weeks.
const cn = {
  newYear: { vi: 'Tết Dương lịch', en: "New Year's Day", 'zh-Hans': '元旦' },
  springFestival: { vi: 'Tết Nguyên Đán', en: 'Spring Festival', 'zh-Hans': '春节' },
  qingming: { vi: 'Tết Thanh minh', en: 'Qingming Festival', 'zh-Hans': '清明节' },
  labour: { vi: 'Ngày Quốc tế Lao động', en: 'Labour Day', 'zh-Hans': '劳动节' },
  dragonBoat: { vi: 'Tết Đoan ngọ', en: 'Dragon Boat Festival', 'zh-Hans': '端午节' },
  midAutumn: { vi: 'Tết Trung thu', en: 'Mid-Autumn Festival', 'zh-Hans': '中秋节' },
  nationalDay: { vi: 'Quốc khánh Trung Quốc', en: 'National Day', 'zh-Hans': '国庆节' },
} satisfies Record<string, Names>;

const pad = (n: number): string => String(n).padStart(2, '0');
const fixed = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;
const plusDays = (date: string, days: number): string => dateOfDayNumber(dayNumberOf(date) + days);

/** The Gregorian date of a day (1 ... 29) of a lunar month that is not a leap one. */
function lunar(year: number, month: number, day: number, meridian: LunarMeridian): string {
  const date = dateOfLunar({ year, month, leap: false, day }, meridian);
  if (!date) throw new RangeError(`no lunar ${year}-${month}-${day}`);
  return date;
}

/** ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/**
 * The second day of Vietnam's National Day: the weekday next to 2 September that touches a weekend (1
 * September when the 2nd is a Tuesday, Friday or Saturday; the 3rd when it is a Sunday, Monday or
 * Thursday), the 3rd on a Wednesday. So were the days chosen for 2021 to 2025; the government decides.
 */
function nationalDayBridge(year: number): string {
  const day = weekday(fixed(year, 9, 2));
  return [2, 5, 6].includes(day) ? fixed(year, 9, 1) : fixed(year, 9, 3);
}

type Rule = [key: string, name: Names, dates: string[]];

function rulesOf(country: HolidayCountry, year: number): Rule[] {
  switch (country) {
    case 'VN': {
      // Âm lịch on UTC+7. Tết: the lunar year's last day and the first four of the new one (the Labour
      // Code's five days; the Prime Minister fixes which five each year, often with bridges).
      const newYear = lunar(year, 1, 1, 7);
      return [
        ['new-year', vn.newYear, [fixed(year, 1, 1)]],
        ['tet', vn.tet, [-1, 0, 1, 2, 3].map((d) => plusDays(newYear, d))],
        ['hung-kings', vn.hungKings, [lunar(year, 3, 10, 7)]],
        ['reunification', vn.reunification, [fixed(year, 4, 30)]],
        ['labour', vn.labour, [fixed(year, 5, 1)]],
        // One day before the Labour Code of 2019, two since 2021.
        [
          'national-day',
          vn.nationalDay,
          [fixed(year, 9, 2), ...(year >= 2021 ? [nationalDayBridge(year)] : [])],
        ],
      ];
    }
    case 'KH':
      return [
        ['new-year', kh.newYear, [fixed(year, 1, 1)]],
        ['victory-day', kh.victory, [fixed(year, 1, 7)]],
        ['women', kh.women, [fixed(year, 3, 8)]],
        // Usually 14-16 April; the sub-decree moves it when the almanac's new year falls on the 13th (2024).
        ['khmer-new-year', kh.khmerNewYear, [14, 15, 16].map((d) => fixed(year, 4, d))],
        ['labour', kh.labour, [fixed(year, 5, 1)]],
        ['king-birthday', kh.kingBirthday, [fixed(year, 5, 14)]],
        ['queen-mother-birthday', kh.queenMotherBirthday, [fixed(year, 6, 18)]],
        ['constitution', kh.constitution, [fixed(year, 9, 24)]],
        ['king-father', kh.kingFather, [fixed(year, 10, 15)]],
        ['coronation', kh.coronation, [fixed(year, 10, 29)]],
        ['independence', kh.independence, [fixed(year, 11, 9)]],
      ];
    case 'LA':
      return [
        ['new-year', la.newYear, [fixed(year, 1, 1)]],
        ['women', la.women, [fixed(year, 3, 8)]],
        // Usually 14-16 April; announced each year (13-15 April in 2016 and 2022).
        ['pi-mai', la.piMai, [14, 15, 16].map((d) => fixed(year, 4, d))],
        ['labour', la.labour, [fixed(year, 5, 1)]],
        ['national-day', la.nationalDay, [fixed(year, 12, 2)]],
      ];
    case 'CN': {
      // Nónglì on UTC+8. Since 2025 the Spring Festival starts on New Year's Eve (除夕) and Labour Day is
      // two days; before, the festival was the first three days and Labour Day one.
      const newYear = lunar(year, 1, 1, 8);
      const since2025 = year >= 2025;
      return [
        ['new-year', cn.newYear, [fixed(year, 1, 1)]],
        [
          'spring-festival',
          cn.springFestival,
          (since2025 ? [-1, 0, 1, 2] : [0, 1, 2]).map((d) => plusDays(newYear, d)),
        ],
        ['qingming', cn.qingming, [solarTermDate(year, 15, 8)]],
        ['labour', cn.labour, since2025 ? [fixed(year, 5, 1), fixed(year, 5, 2)] : [fixed(year, 5, 1)]],
        ['dragon-boat', cn.dragonBoat, [lunar(year, 5, 5, 8)]],
        ['mid-autumn', cn.midAutumn, [lunar(year, 8, 15, 8)]],
        ['national-day', cn.nationalDay, [1, 2, 3].map((d) => fixed(year, 10, d))],
      ];
    }
  }
}

/**
 * The public holidays of `country` that fall in Gregorian `year`, one entry per day, in date order.
 * Throws a RangeError for a year the lunar calendar does not compute (lunarYears).
 */
export function holidaysOf(country: HolidayCountry, year: number): Holiday[] {
  if (!Number.isInteger(year) || year < lunarYears.first || year > lunarYears.last)
    throw new RangeError(`year ${year} is outside ${lunarYears.first}...${lunarYears.last}`);
  const out: Holiday[] = [];
  for (const [key, name, dates] of rulesOf(country, year))
    for (const date of dates) if (date.startsWith(`${year}-`)) out.push({ date, country, key, name });
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}
