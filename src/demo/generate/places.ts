/**
 * The places of the demo region where seizures happen, on the routes the source documents describe
 * (seed-capabilities.md §4): the Afghan–Tajik border on the Panj (Nizhny Panj, Ishkashim, Shuroobod),
 * the Kyrgyz corridors to Osh and Batken (001:409-411), the Amudarya and the Hairatan–Termez bridge
 * (001:1229, 001:1426), the Kazakh transit to Russia (Zhibek Zholy, Korday, 001:33, 001:172), the
 * Chui valley (001:37), Turkmenistan between the two routes (001:1041). Coordinates are approximate.
 */
import type { PlaceKindCode } from '../../modules/records/vocabularies/index.js';

/** A place where a seizure can happen. */
export interface Place {
  readonly key: string;
  readonly country: string;
  readonly region: string;
  readonly locality: string;
  readonly lat: number;
  readonly lon: number;
  readonly kind: PlaceKindCode;
  readonly crossing?: string;
}

const p = (
  key: string,
  country: string,
  region: string,
  locality: string,
  lat: number,
  lon: number,
  kind: PlaceKindCode,
  crossing?: string,
): Place => ({ key, country, region, locality, lat, lon, kind, ...(crossing ? { crossing } : {}) });

/** Every place by key. */
export const PLACES = Object.fromEntries(
  [
    // Tajikistan: the Afghan border on the Panj, Gorno-Badakhshan, the roads north.
    p(
      'nizhny_panj',
      'TJ',
      'Хатлонская область',
      'Нижний Пяндж',
      37.24,
      68.6,
      'border_crossing',
      'Нижний Пяндж – Шерхан-Бандар (мост)',
    ),
    p(
      'panj_river',
      'TJ',
      'Хатлонская область',
      'Пянджский район, берег р. Пяндж',
      37.23,
      69.1,
      'green_border',
    ),
    p('farkhor', 'TJ', 'Хатлонская область', 'Фархорский район', 37.49, 69.4, 'green_border'),
    p('shuroobod', 'TJ', 'Хатлонская область', 'Шуроабадский район', 37.84, 70.04, 'green_border'),
    p('darvoz', 'TJ', 'ГБАО', 'Калаи-Хумб (Дарвоз)', 38.45, 70.79, 'green_border'),
    p('ishkashim', 'TJ', 'ГБАО', 'Ишкашим', 36.73, 71.61, 'border_crossing', 'Ишкашим (мост через Пяндж)'),
    p('khorog', 'TJ', 'ГБАО', 'Хорог', 37.49, 71.55, 'road'),
    p('murghab', 'TJ', 'ГБАО', 'Мургаб', 38.17, 73.96, 'road'),
    p('kyzyl_art', 'TJ', 'ГБАО', 'перевал Кызыл-Арт', 39.33, 73.35, 'border_crossing', 'Кызыл-Арт'),
    p('jirgatol', 'TJ', 'Районы республиканского подчинения', 'Джиргаталь', 39.22, 71.2, 'road'),
    p('dushanbe', 'TJ', 'Душанбе', 'Душанбе', 38.56, 68.78, 'inland'),
    p('dushanbe_airport', 'TJ', 'Душанбе', 'Международный аэропорт Душанбе', 38.54, 68.82, 'airport'),
    p('khujand', 'TJ', 'Согдийская область', 'Худжанд', 40.28, 69.62, 'inland'),
    p(
      'fotehobod',
      'TJ',
      'Согдийская область',
      'Фотехобод',
      40.23,
      69.2,
      'border_crossing',
      'Фотехобод – Ойбек',
    ),
    p('kulma', 'TJ', 'ГБАО', 'перевал Кульма', 38.09, 75.0, 'border_crossing', 'Кульма – Карасу'),
    // Kyrgyzstan: the three corridors from Tajikistan, Bishkek and the Chui province, China crossings.
    p('karamyk', 'KG', 'Ошская область', 'Карамык', 39.48, 71.82, 'border_crossing', 'Карамык'),
    p('bor_dobo', 'KG', 'Ошская область', 'Бор-Доба', 39.5, 73.58, 'border_crossing', 'Бор-Доба'),
    p('sary_tash', 'KG', 'Ошская область', 'Сары-Таш', 39.73, 73.25, 'road'),
    p('osh', 'KG', 'Ош', 'Ош', 40.53, 72.8, 'inland'),
    p('osh_airport', 'KG', 'Ош', 'Международный аэропорт Ош', 40.61, 72.79, 'airport'),
    p('batken', 'KG', 'Баткенская область', 'Баткен', 40.06, 70.82, 'road'),
    p('kadamjay', 'KG', 'Баткенская область', 'Кадамжай', 40.13, 71.72, 'road'),
    p('jalal_abad', 'KG', 'Джалал-Абадская область', 'Джалал-Абад', 40.93, 73.0, 'inland'),
    p('bishkek', 'KG', 'Бишкек', 'Бишкек', 42.87, 74.59, 'inland'),
    p('manas', 'KG', 'Чуйская область', 'Международный аэропорт «Манас»', 43.06, 74.48, 'airport'),
    p('tokmok', 'KG', 'Чуйская область', 'Токмок', 42.84, 75.3, 'inland'),
    p('kemin', 'KG', 'Чуйская область', 'Кеминский район', 42.78, 75.69, 'inland'),
    p('issyk_ata', 'KG', 'Чуйская область', 'Иссык-Атинский район', 42.63, 74.93, 'inland'),
    p('tyup', 'KG', 'Иссык-Кульская область', 'Тюпский район', 42.73, 78.36, 'inland'),
    p('irkeshtam', 'KG', 'Ошская область', 'Иркештам', 39.68, 73.92, 'border_crossing', 'Иркештам'),
    p('torugart', 'KG', 'Нарынская область', 'Торугарт', 40.56, 75.4, 'border_crossing', 'Торугарт'),
    // Uzbekistan: the Amudarya, Surkhandarya and Kashkadarya, the Fergana valley, Tashkent.
    p(
      'ayritom',
      'UZ',
      'Сурхандарьинская область',
      'Термез',
      37.23,
      67.42,
      'border_crossing',
      'Айритом (мост «Хайратон»)',
    ),
    p(
      'galaba',
      'UZ',
      'Сурхандарьинская область',
      'станция Галаба',
      37.26,
      67.32,
      'railway',
      'Галаба (железнодорожный пункт пропуска)',
    ),
    p(
      'amudarya',
      'UZ',
      'Сурхандарьинская область',
      'Термезский район, берег Амударьи',
      37.2,
      67.1,
      'green_border',
    ),
    p('termez', 'UZ', 'Сурхандарьинская область', 'Термез', 37.22, 67.28, 'inland'),
    p('sherobod', 'UZ', 'Сурхандарьинская область', 'Шерабад', 37.66, 67.0, 'road'),
    p('denov', 'UZ', 'Сурхандарьинская область', 'Денау', 38.27, 67.9, 'road'),
    p('qarshi', 'UZ', 'Кашкадарьинская область', 'Карши', 38.86, 65.79, 'inland'),
    p('samarkand', 'UZ', 'Самаркандская область', 'Самарканд (вокзал)', 39.65, 66.96, 'railway'),
    p('oybek', 'UZ', 'Ташкентская область', 'Ойбек', 40.83, 69.27, 'border_crossing', 'Ойбек'),
    p('andijan', 'UZ', 'Андижанская область', 'Андижан', 40.78, 72.34, 'inland'),
    p('tashkent', 'UZ', 'Ташкент', 'Ташкент', 41.3, 69.24, 'inland'),
    p('tashkent_airport', 'UZ', 'Ташкент', 'Международный аэропорт Ташкент', 41.26, 69.28, 'airport'),
    // Kazakhstan: the southern gates, the Chui valley (Zhambyl province), the roads to Russia.
    p(
      'zhibek_zholy',
      'KZ',
      'Туркестанская область',
      'Сарыагашский район',
      41.38,
      69.06,
      'border_crossing',
      'Жибек жолы',
    ),
    p('saryagash', 'KZ', 'Туркестанская область', 'Сарыагаш (станция)', 41.45, 69.17, 'railway'),
    p('shymkent', 'KZ', 'Шымкент', 'Шымкент', 42.32, 69.59, 'inland'),
    p('korday', 'KZ', 'Жамбылская область', 'Кордай', 43.04, 74.71, 'border_crossing', 'Кордай'),
    p('shu', 'KZ', 'Жамбылская область', 'Шуский район (Чуйская долина)', 43.6, 73.76, 'inland'),
    p('moiynkum', 'KZ', 'Жамбылская область', 'Мойынкумский район (Чуйская долина)', 44.27, 72.95, 'inland'),
    p('merke', 'KZ', 'Жамбылская область', 'Меркенский район', 42.87, 73.18, 'road'),
    p('taraz', 'KZ', 'Жамбылская область', 'Тараз', 42.9, 71.37, 'inland'),
    p('almaty', 'KZ', 'Алматы', 'Алматы', 43.24, 76.89, 'inland'),
    p('almaty_airport', 'KZ', 'Алматы', 'Международный аэропорт Алматы', 43.35, 77.04, 'airport'),
    p('kyzylorda', 'KZ', 'Кызылординская область', 'Кызылорда (станция)', 44.85, 65.51, 'railway'),
    p('aktobe', 'KZ', 'Актюбинская область', 'Актобе', 50.28, 57.17, 'road'),
    p(
      'zhaisan',
      'KZ',
      'Актюбинская область',
      'Жайсан',
      50.73,
      57.46,
      'border_crossing',
      'Жайсан – Маштаково',
    ),
    p('kostanay', 'KZ', 'Костанайская область', 'Костанай', 53.21, 63.63, 'road'),
    p('petropavl', 'KZ', 'Северо-Казахстанская область', 'Петропавловск (станция)', 54.87, 69.14, 'railway'),
    p('astana', 'KZ', 'Астана', 'Астана', 51.16, 71.47, 'inland'),
    p('karaganda', 'KZ', 'Карагандинская область', 'Караганда', 49.8, 73.1, 'inland'),
    p('pavlodar', 'KZ', 'Павлодарская область', 'Павлодар', 52.29, 76.95, 'inland'),
    p(
      'dostyk',
      'KZ',
      'Абайская область',
      'Достык',
      45.25,
      82.48,
      'border_crossing',
      'Достык (железнодорожный)',
    ),
    p('nur_zholy', 'KZ', 'Алматинская область', 'Хоргос', 44.21, 80.4, 'border_crossing', 'Нур Жолы'),
    p('aktau_port', 'KZ', 'Мангистауская область', 'Морской порт Актау', 43.65, 51.16, 'sea_river_port'),
    p('almaty_post', 'KZ', 'Алматы', 'Алматы, сортировочный центр', 43.3, 76.95, 'post'),
    // Russia: the destinations, the border with Kazakhstan, Moscow's stations and airports.
    p('orenburg', 'RU', 'Оренбургская область', 'Оренбург', 51.77, 55.1, 'inland'),
    p('mashtakovo', 'RU', 'Оренбургская область', 'Маштаково', 51.1, 55.4, 'border_crossing', 'Маштаково'),
    p('samara', 'RU', 'Самарская область', 'Самара', 53.2, 50.15, 'inland'),
    p('chelyabinsk', 'RU', 'Челябинская область', 'Челябинск', 55.16, 61.4, 'inland'),
    p('omsk', 'RU', 'Омская область', 'Омск', 54.99, 73.37, 'inland'),
    p('novosibirsk', 'RU', 'Новосибирская область', 'Новосибирск', 55.03, 82.92, 'inland'),
    p('rubtsovsk', 'RU', 'Алтайский край', 'Рубцовск', 51.51, 81.21, 'inland'),
    p('veseloyarsk', 'RU', 'Алтайский край', 'Веселоярск', 51.02, 81.3, 'border_crossing', 'Веселоярск'),
    p('kazansky', 'RU', 'Москва', 'Казанский вокзал', 55.77, 37.66, 'railway'),
    p('domodedovo', 'RU', 'Московская область', 'Аэропорт Домодедово', 55.41, 37.9, 'airport'),
    p('koltsovo', 'RU', 'Свердловская область', 'Аэропорт Кольцово', 56.74, 60.8, 'airport'),
    p('astrakhan', 'RU', 'Астраханская область', 'Астрахань', 46.35, 48.04, 'sea_river_port'),
    p('moscow', 'RU', 'Москва', 'Москва', 55.75, 37.62, 'inland'),
    // Turkmenistan, between the Western and the Northern route.
    p(
      'serhetabat',
      'TM',
      'Марыйский велаят',
      'Серхетабат',
      35.28,
      62.35,
      'border_crossing',
      'Серхетабат – Турагунди',
    ),
    p('imamnazar', 'TM', 'Лебапский велаят', 'Имам-Назар', 37.47, 65.95, 'border_crossing', 'Имам-Назар'),
    p('tm_green', 'TM', 'Лебапский велаят', 'участок границы с Афганистаном', 37.3, 65.2, 'green_border'),
    p('farap', 'TM', 'Лебапский велаят', 'Фарап', 39.17, 63.61, 'border_crossing', 'Фарап – Алат'),
    p('mary', 'TM', 'Марыйский велаят', 'Мары', 37.6, 61.83, 'inland'),
    p('turkmenabat', 'TM', 'Лебапский велаят', 'Туркменабат', 39.07, 63.58, 'inland'),
    p('ashgabat_airport', 'TM', 'Ашхабад', 'Международный аэропорт Ашхабад', 37.99, 58.36, 'airport'),
    p('turkmenbashi', 'TM', 'Балканский велаят', 'Морской порт Туркменбаши', 40.02, 52.97, 'sea_river_port'),
    p('sarahs', 'TM', 'Ахалский велаят', 'Сарахс', 36.53, 61.21, 'border_crossing', 'Сарахс'),
    // Azerbaijan (the Iran–Azerbaijan–Ukraine route, 001:208) and Afghanistan (precursors inbound).
    p('astara', 'AZ', 'Astara', 'Astara', 38.45, 48.87, 'border_crossing', 'Astara (Iran border)'),
    p('baku_port', 'AZ', 'Baku', 'Baku international sea trade port', 40.37, 49.86, 'sea_river_port'),
    p('hairatan', 'AF', 'Balkh', 'Hairatan', 37.22, 67.42, 'border_crossing', 'Hairatan (Friendship Bridge)'),
    p('sher_khan', 'AF', 'Kunduz', 'Sher Khan Bandar', 37.17, 68.63, 'border_crossing', 'Sher Khan Bandar'),
    p('torghundi', 'AF', 'Herat', 'Torghundi', 35.26, 62.3, 'border_crossing', 'Torghundi'),
    p('kunduz', 'AF', 'Kunduz', 'Kunduz', 36.73, 68.86, 'inland'),
    p('kabul_airport', 'AF', 'Kabul', 'Kabul International Airport', 34.56, 69.21, 'airport'),
  ].map((place) => [place.key, place]),
) as Record<string, Place>;

/** The place with this key (the scenario tables name places by key). */
export function place(key: string): Place {
  const found = PLACES[key];
  if (!found) throw new Error(`No demo place "${key}"`);
  return found;
}

/** Where the heroin and opium of the Northern route start (route origins). */
export const AFGHAN_ORIGINS = [
  'провинция Кундуз',
  'провинция Бадахшан',
  'провинция Тахар',
  'провинция Балх',
  'провинция Гильменд',
];
