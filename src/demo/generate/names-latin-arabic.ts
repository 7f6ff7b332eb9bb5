/**
 * Name pools of the nations that write their names in Latin letters (Uzbek with oʻ gʻ — U+02BB —,
 * Turkmen with ç ş ž ň ý ä ö ü) and of Afghans, in Arabic script (Dari and Pashto, written without
 * short vowels) with the Latin and Cyrillic spellings actually met in records: romanising unvowelled
 * names by rule is underdetermined (transliteration-tables.md §4), so the spellings are listed.
 */
import type { NamePool } from './names-cyrillic.js';

// prettier-ignore
export const UZBEK: NamePool = {
  male: [
    'Jasur', 'Sardor', 'Oʻtkir', 'Gʻayrat', 'Bekzod', 'Dilshod', 'Rustam', 'Shoxrux', 'Sherzod',
    'Ulugʻbek', 'Doniyor', 'Jahongir', 'Baxtiyor', 'Farrux', 'Otabek', 'Nodir', 'Islom', 'Abdulla',
    'Sanjar', 'Temur', 'Alisher', 'Xurshid', 'Shuhrat', 'Bobur', 'Oybek', 'Gʻolib', 'Zafar', 'Mansur',
    'Elyor',
  ],
  female: [
    'Dilnoza', 'Gulnora', 'Nodira', 'Feruza', 'Shahnoza', 'Zulfiya', 'Malika', 'Moʻtabar', 'Nilufar',
    'Gulchehra', 'Sevara', 'Madina', 'Dildora', 'Barno', 'Yulduz',
  ],
  surnames: [
    'Karimov', 'Yusupov', 'Toshmatov', 'Qodirov', 'Xoʻjayev', 'Rahimov', 'Abdullayev', 'Ergashev',
    'Gʻaniyev', 'Sobirov', 'Murodov', 'Normatov', 'Yoʻldoshev', 'Tursunov', 'Mirzayev', 'Qosimov',
    'Xolmatov', 'Nazarov', 'Islomov', 'Rasulov', 'Oʻrinov', 'Boboyev', 'Saidov', 'Umarov', 'Shukurov',
  ],
};

// prettier-ignore
export const TURKMEN: NamePool = {
  male: [
    'Merdan', 'Döwlet', 'Atamyrat', 'Begenç', 'Myrat', 'Şöhrat', 'Batyr', 'Ýusup', 'Arslan', 'Rahman',
    'Nury', 'Maksat', 'Kerim', 'Täçmyrat', 'Öwez', 'Baýram', 'Ýazmyrat', 'Agamyrat', 'Daňatar',
    'Orazgeldi', 'Meretgeldi', 'Güýçmyrat', 'Jeýhun',
  ],
  female: [
    'Aýna', 'Bahar', 'Gülälek', 'Maýsa', 'Jemal', 'Ogulgerek', 'Aýnabat', 'Mähri', 'Enejan', 'Selbi',
    'Ýazgül', 'Läle', 'Gözel',
  ],
  surnames: [
    'Orazow', 'Annaýew', 'Ataýew', 'Berdiýew', 'Gurbanow', 'Myradow', 'Hojaýew', 'Rejepow', 'Öwezow',
    'Çaryýew', 'Nurmuhammedow', 'Baýramow', 'Täçmämmedow', 'Saparow', 'Amanow', 'Durdyýew', 'Şükürow',
    'Ýazmyradow', 'Allaberdiýew', 'Garaýew',
  ],
};

/** An Afghan name part: Arabic script, Latin spellings (most common first), Russian Cyrillic. */
export interface AfghanName {
  readonly arabic: string;
  readonly latin: readonly string[];
  readonly cyrillic: string;
}

export const AFGHAN_MALE: readonly AfghanName[] = [
  {
    arabic: 'محمد نبی',
    latin: ['Mohammad Nabi', 'Muhammad Nabi', 'Mohammed Nabi'],
    cyrillic: 'Мохаммад Наби',
  },
  { arabic: 'عبدالرحمن', latin: ['Abdul Rahman', 'Abdurrahman', 'Abdulrahman'], cyrillic: 'Абдулрахман' },
  { arabic: 'گل آقا', latin: ['Gul Agha', 'Gulagha', 'Gul Aga'], cyrillic: 'Гуль Ага' },
  { arabic: 'نجیب الله', latin: ['Najibullah', 'Najib Ullah', 'Nadjibullah'], cyrillic: 'Наджибулла' },
  { arabic: 'حبیب الله', latin: ['Habibullah', 'Habib Ullah', 'Habibulla'], cyrillic: 'Хабибулла' },
  { arabic: 'جمعه خان', latin: ['Juma Khan', 'Jumakhan', 'Djuma Khan'], cyrillic: 'Джума Хан' },
  { arabic: 'شیر آقا', latin: ['Sher Agha', 'Shir Aqa', 'Sher Aga'], cyrillic: 'Шер Ага' },
  { arabic: 'نورالله', latin: ['Noorullah', 'Nurullah', 'Nour Ullah'], cyrillic: 'Нурулла' },
  { arabic: 'رحمت الله', latin: ['Rahmatullah', 'Rahmatulla', 'Rahmat Ullah'], cyrillic: 'Рахматулла' },
  { arabic: 'فرید', latin: ['Farid', 'Fareed', 'Fried'], cyrillic: 'Фарид' },
  { arabic: 'ظاهر', latin: ['Zahir', 'Zaher', 'Zaheer'], cyrillic: 'Захир' },
  { arabic: 'حمید', latin: ['Hamid', 'Hameed', 'Hamed'], cyrillic: 'Хамид' },
  { arabic: 'خالد', latin: ['Khalid', 'Khaled', 'Chalid'], cyrillic: 'Халид' },
  { arabic: 'قادر', latin: ['Qadir', 'Kadir', 'Qader'], cyrillic: 'Кадир' },
  { arabic: 'بشیر', latin: ['Bashir', 'Basheer', 'Bachir'], cyrillic: 'Башир' },
  { arabic: 'اسدالله', latin: ['Asadullah', 'Asadulla', 'Assadullah'], cyrillic: 'Асадулла' },
  { arabic: 'کریم', latin: ['Karim', 'Kareem', 'Kerim'], cyrillic: 'Карим' },
  { arabic: 'ولی', latin: ['Wali', 'Vali', 'Walli'], cyrillic: 'Вали' },
  { arabic: 'نصیر', latin: ['Nasir', 'Naseer', 'Nassir'], cyrillic: 'Насир' },
  { arabic: 'عزیز', latin: ['Aziz', 'Azeez', 'Asis'], cyrillic: 'Азиз' },
  { arabic: 'سید احمد', latin: ['Sayed Ahmad', 'Sayyid Ahmed', 'Said Ahmad'], cyrillic: 'Сайед Ахмад' },
];

export const AFGHAN_FEMALE: readonly AfghanName[] = [
  { arabic: 'فاطمه', latin: ['Fatima', 'Fatema', 'Fatimah'], cyrillic: 'Фатима' },
  { arabic: 'زرغونه', latin: ['Zarghuna', 'Zarghona', 'Zarguna'], cyrillic: 'Заргуна' },
  { arabic: 'ملالی', latin: ['Malalai', 'Malali', 'Malalay'], cyrillic: 'Малалай' },
  { arabic: 'نادیه', latin: ['Nadia', 'Nadiya', 'Nadiah'], cyrillic: 'Надия' },
];

/** Tribal and family names (Pashtun -zai, Dari -i), Arabic script with Latin and Cyrillic spellings. */
export const AFGHAN_FAMILY: readonly AfghanName[] = [
  { arabic: 'نورزی', latin: ['Noorzai', 'Nurzai', 'Noorzay'], cyrillic: 'Нурзай' },
  { arabic: 'پوپلزی', latin: ['Popalzai', 'Popalzay', 'Popolzai'], cyrillic: 'Попалзай' },
  { arabic: 'اچکزی', latin: ['Achakzai', 'Achekzai', 'Atchakzai'], cyrillic: 'Ачакзай' },
  { arabic: 'علیزی', latin: ['Alizai', 'Alizay', 'Alisai'], cyrillic: 'Ализай' },
  { arabic: 'احمدزی', latin: ['Ahmadzai', 'Ahmedzai', 'Ahmadzay'], cyrillic: 'Ахмадзай' },
  { arabic: 'ستانکزی', latin: ['Stanikzai', 'Stanekzai', 'Stanakzai'], cyrillic: 'Станекзай' },
  { arabic: 'رحیمی', latin: ['Rahimi', 'Rahemi', 'Rahimy'], cyrillic: 'Рахими' },
  { arabic: 'کریمی', latin: ['Karimi', 'Karemi', 'Kerimi'], cyrillic: 'Карими' },
  { arabic: 'حیدری', latin: ['Haidari', 'Heydari', 'Haydari'], cyrillic: 'Хайдари' },
  { arabic: 'نظری', latin: ['Nazari', 'Nazary', 'Nazarie'], cyrillic: 'Назари' },
  { arabic: 'صافی', latin: ['Safi', 'Saafi', 'Safy'], cyrillic: 'Сафи' },
  { arabic: 'محمدی', latin: ['Mohammadi', 'Muhammadi', 'Mohamadi'], cyrillic: 'Мохаммади' },
  { arabic: 'هاشمی', latin: ['Hashimi', 'Hashemi', 'Hachemi'], cyrillic: 'Хашими' },
  { arabic: 'وردک', latin: ['Wardak', 'Vardak', 'Wardag'], cyrillic: 'Вардак' },
];
