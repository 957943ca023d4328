import type { MessageKey } from './i18n.ts';

/** A ready emergency text in the languages spoken at the gates (Vietnamese, Khmer, Lao, English, Chinese). */
export interface EmergencyTemplate {
  id: string;
  name: MessageKey;
  texts: Record<string, string>;
}

// Drafted for the operators to adapt; a provincial translator should confirm each before it is relied on.
export const emergencyTemplates: EmergencyTemplate[] = [
  {
    id: 'weather-closure',
    name: 'templateWeather',
    texts: {
      vi: 'Cửa khẩu tạm đóng do thời tiết xấu. Xin quý khách chờ thông báo tiếp theo.',
      km: 'ច្រកព្រំដែនត្រូវបានបិទជាបណ្ដោះអាសន្ន ដោយសារអាកាសធាតុមិនល្អ។ សូមរង់ចាំការជូនដំណឹងបន្ទាប់។',
      lo: 'ດ່ານຊາຍແດນປິດຊົ່ວຄາວ ເນື່ອງຈາກສະພາບອາກາດບໍ່ດີ. ກະລຸນາລໍຖ້າການແຈ້ງການຕໍ່ໄປ.',
      en: 'The border gate is temporarily closed due to bad weather. Please wait for further notice.',
      'zh-Hans': '因天气恶劣，口岸暂时关闭。请等候进一步通知。',
    },
  },
  {
    id: 'lost-child',
    name: 'templateLostChild',
    texts: {
      vi: 'Tìm trẻ lạc: nếu thấy một em bé đi một mình, xin đưa em tới quầy thông tin của cửa khẩu.',
      km: 'ក្មេងវង្វេង៖ ប្រសិនបើលោកអ្នកឃើញក្មេងម្នាក់នៅតែឯង សូមនាំគាត់ទៅកាន់តុព័ត៌មាននៃច្រកព្រំដែន។',
      lo: 'ເດັກຫຼົງທາງ: ຖ້າທ່ານເຫັນເດັກນ້ອຍຢູ່ຄົນດຽວ ກະລຸນາພາໄປທີ່ໂຕະປະຊາສຳພັນຂອງດ່ານ.',
      en: 'Lost child: if you see a child on their own, please take them to the border gate information desk.',
      'zh-Hans': '寻找走失儿童：如您看到独自一人的儿童，请带其到口岸服务台。',
    },
  },
  {
    id: 'public-health',
    name: 'templateHealth',
    texts: {
      vi: 'Thông báo y tế: hành khách bị sốt, ho hoặc khó thở xin khai báo với trạm kiểm dịch trước khi làm thủ tục.',
      km: 'សេចក្ដីជូនដំណឹងសុខភាព៖ អ្នកដំណើរដែលមានគ្រុនក្ដៅ ក្អក ឬពិបាកដកដង្ហើម សូមរាយការណ៍ទៅប៉ុស្តិ៍ចត្តាឡីស័កមុនពេលឆ្លងកាត់ព្រំដែន។',
      lo: 'ແຈ້ງການດ້ານສາທາລະນະສຸກ: ຜູ້ເດີນທາງທີ່ມີອາການໄຂ້, ໄອ ຫຼື ຫາຍໃຈຍາກ ກະລຸນາແຈ້ງຕໍ່ດ່ານກັກກັນພະຍາດກ່ອນຜ່ານດ່ານ.',
      en: 'Health notice: travellers with fever, cough or difficulty breathing must report to the quarantine station before passport control.',
      'zh-Hans': '卫生通知：有发烧、咳嗽或呼吸困难症状的旅客，请在办理通关手续前向检疫站申报。',
    },
  },
];

/**
 * The template's text for a gate language: the exact tag, else the same base language (a gate's "zh" gets
 * the "zh-Hans" text); undefined when the template has none (e.g. Jrai), so the operator writes it.
 */
export function templateText(template: EmergencyTemplate, lang: string): string | undefined {
  if (template.texts[lang]) return template.texts[lang];
  const base = lang.split('-')[0];
  return Object.entries(template.texts).find(([tag]) => tag.split('-')[0] === base)?.[1];
}

/** The language fields after choosing a template: its texts fill the gate languages it has, others stay. */
export function fillFromTemplate(
  template: EmergencyTemplate,
  langs: string[],
  texts: Record<string, string>,
): Record<string, string> {
  const next = { ...texts };
  for (const lang of langs) {
    const text = templateText(template, lang);
    if (text) next[lang] = text;
  }
  return next;
}
