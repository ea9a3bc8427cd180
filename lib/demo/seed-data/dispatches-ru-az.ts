/**
 * Demo dispatches in Russian and Azerbaijani, filed by the demo newsroom: translations of some of
 * the English dispatches (in the same translation group, translated from their published text) and
 * originals of their own. Written for Dateline; all stories, figures and quotations are invented
 * for demonstration purposes, and officials are quoted by role only.
 *
 * The Washington dispatch (WASHINGTON_DISPATCH_SLUG) has no translation here: a journey translates
 * it into Russian itself. Most English dispatches have no Azerbaijani version either.
 */
import type { LanguageCode } from '@/lib/languages';
import { slugify } from '@/lib/slug';
import type { DemoDispatch } from './dispatches';

export interface DemoLocalDispatch extends DemoDispatch {
  language: Exclude<LanguageCode, 'en'>;
  /** The English dispatch (its slug) this translates; none for an original. */
  translationOf?: string;
}

/** Its address is its headline transliterated, as the desk makes one (lib/slug.ts). */
const local = (dispatch: Omit<DemoLocalDispatch, 'slug'>): DemoLocalDispatch => ({
  slug: slugify(dispatch.headline),
  ...dispatch,
});

/** The Russian dispatch whose words the search journeys look for ("выборах", "выборы"). */
export const RUSSIAN_ELECTIONS_HEADLINE =
  'В Молдове началась кампания перед выборами в местные советы';

/** Published dispatches in Russian and Azerbaijani, newest first within each language. */
export const DEMO_LOCAL_DISPATCHES: DemoLocalDispatch[] = [
  // Russian translations.
  local({
    language: 'ru',
    translationOf: 'gas-flows-to-europe-halted-after-fire-at-caspian-compressor-station',
    headline: 'Поставки газа в Европу остановлены после пожара на компрессорной станции на Каспии',
    standfirst:
      'Оператор в качестве меры предосторожности остановил трубопроводную систему и сообщил, что пострадавших нет. Поставки в Турцию и на юг Европы прерваны.',
    dateline: 'Баку',
    section: 'energy',
    tags: ['gas'],
    author: 'editor',
    priority: 'flash',
    hoursAgo: 12,
    body: [
      {
        p: 'Прокачка природного газа по трубопроводной системе, по которой каспийский газ поступает в Турцию и на юг Европы, остановлена после пожара на компрессорной станции в Азербайджане, сообщил оператор, передаёт корреспондент Dateline в Баку.',
      },
      {
        p: 'Пожар удалось локализовать в течение трёх часов, «пострадавших нет», говорится в заявлении оператора трубопровода. Прокачку остановили в качестве меры предосторожности, пока инженеры осматривают объект.',
      },
      {
        quote:
          'Безопасность для нас на первом месте. Прокачка возобновится только тогда, когда мы будем уверены, что система надёжна.',
      },
      {
        p: 'Причина пожара выясняется, и «признаков внешнего вмешательства нет», сказал журналистам представитель министерства энергетики Азербайджана.',
      },
      {
        p: 'Операторы газотранспортных систем Турции и Греции сообщили, что используют запасы из хранилищ и альтернативные поставки. «В ближайшее время потребители не заметят перебоев», — сказал представитель греческого оператора газовой системы.',
      },
      {
        quote:
          'Запасы в наших хранилищах достаточны, и мы задействовали резервные договорённости с соседними системами.',
      },
      {
        p: 'Европейские биржевые цены на газ в начале торгов выросли на 9 процентов, по данным рынка. Комиссия «внимательно следит за ситуацией» вместе со странами-членами, сказал представитель Европейской комиссии.',
      },
    ],
  }),
  local({
    language: 'ru',
    translationOf: 'azerbaijan-and-armenia-resume-border-demarcation-talks-after-three-month-pause',
    headline: 'Азербайджан и Армения возобновили переговоры о делимитации границы после паузы',
    standfirst:
      'Правительственные комиссии двух стран встретились и согласовали график технических работ. Обе стороны назвали встречу конструктивной.',
    dateline: 'Баку',
    section: 'region',
    tags: ['diplomacy'],
    author: 'editor',
    priority: 'routine',
    hoursAgo: 108,
    body: [
      {
        p: 'Правительственные комиссии Азербайджана и Армении после трёхмесячного перерыва возобновили переговоры о делимитации общей границы, сообщили министерства иностранных дел двух стран, передаёт корреспондент Dateline в Баку.',
      },
      {
        p: 'Комиссии согласовали «график технических работ» на следующем участке границы, говорится в совместном заявлении; в качестве ориентира будут использоваться карты советского времени.',
      },
      {
        quote:
          'Каждый километр, о котором мы договорились, — это километр, где завтра не будет спора.',
      },
      {
        p: 'Переговоры прошли «в конструктивной и деловой атмосфере», сказал журналистам представитель МИД Азербайджана. Представитель правительства Армении в отдельном заявлении высказался в том же духе.',
      },
      { quote: 'Процесс медленный и технический, но он движется в правильном направлении.' },
      {
        p: 'Возобновление работы комиссий — «важный сигнал» перед дальнейшими переговорами о мирном соглашении, сказал высокопоставленный западный дипломат в Баку. Следующий раунд назначен на будущий месяц.',
      },
    ],
  }),
  local({
    language: 'ru',
    translationOf: 'georgias-election-commission-sets-date-for-nationwide-municipal-elections',
    headline: 'Избирательная комиссия Грузии назначила дату муниципальных выборов по всей стране',
    standfirst:
      'Избиратели выберут мэров и местные советы во всех муниципалитетах. Международные наблюдатели приглашены следить за голосованием.',
    dateline: 'Тбилиси',
    section: 'region',
    tags: ['elections'],
    author: 'editor',
    priority: 'routine',
    hoursAgo: 212,
    body: [
      {
        p: 'Центральная избирательная комиссия Грузии назначила дату муниципальных выборов по всей стране, открыв официальную кампанию по выборам мэров и местных советов, передаёт корреспондент Dateline в Тбилиси.',
      },
      {
        p: 'Зарегистрированы около 3,5 миллиона избирателей, и избирательные участки откроются «в каждом муниципалитете страны», говорится в заявлении комиссии.',
      },
      {
        quote:
          'Наша задача — провести выборы, которым сможет доверять каждый избиратель, кого бы он ни поддерживал.',
      },
      {
        p: 'Следить за голосованием приглашены международные наблюдатели, в том числе миссия Бюро ОБСЕ по демократическим институтам и правам человека, сказал представитель комиссии.',
      },
      {
        p: 'Несколько оппозиционных партий заявили, что примут участие в выборах, но призвали изменить порядок назначения членов избирательных комиссий. «Правила игры важны не меньше самой игры», — сказал представитель одной из оппозиционных партий.',
      },
      {
        quote:
          'Мы ждём кампании, в которой кандидаты соревнуются идеями, а граждане голосуют свободно и без давления.',
      },
    ],
  }),

  // Russian originals.
  local({
    language: 'ru',
    headline: RUSSIAN_ELECTIONS_HEADLINE,
    standfirst:
      'Кандидаты в местные советы и примары начали регистрацию. Центральная избирательная комиссия впервые разрешила подавать документы через интернет.',
    dateline: 'Кишинёв',
    section: 'politics',
    tags: ['elections'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 40,
    body: [
      {
        p: 'В Молдове официально началась избирательная кампания перед выборами в местные советы и выборами примаров, сообщила Центральная избирательная комиссия, передаёт корреспондент Dateline в Кишинёве.',
      },
      {
        p: 'Кандидаты могут регистрироваться в течение трёх недель, и впервые документы можно подать через интернет, говорится в заявлении комиссии. По её данным, в списках избирателей числятся около 2,8 миллиона человек.',
      },
      {
        quote:
          'На местных выборах люди решают, кто будет чинить их дороги и школы. Мы хотим, чтобы на этих выборах проголосовало как можно больше людей.',
      },
      {
        p: 'За голосованием будут следить более тысячи местных и международных наблюдателей, сказал представитель комиссии. Наблюдатели будут работать на выборах во всех районах, включая сёла у восточной границы.',
      },
      {
        p: 'Оппозиционные партии приветствовали электронную регистрацию, но заявили, что сроки кампании слишком коротки. «Три недели на сбор подписей — это мало для небольших партий», — сказал представитель одной из них.',
      },
      {
        quote:
          'Мы будем внимательно следить за тем, чтобы все кандидаты имели равный доступ к эфиру.',
      },
    ],
  }),
  local({
    language: 'ru',
    headline:
      'Национальный банк Казахстана сохранил базовую ставку, ссылаясь на рост цен на услуги',
    standfirst:
      'Регулятор оставил ставку без изменений третий раз подряд. Годовая инфляция замедлилась, но цены на услуги продолжают расти быстрее прогноза.',
    dateline: 'Алматы',
    section: 'economy',
    tags: ['central-banks', 'inflation'],
    author: 'editor',
    priority: 'routine',
    hoursAgo: 95,
    body: [
      {
        p: 'Национальный банк Казахстана сохранил базовую ставку без изменений третье заседание подряд, сославшись на ускорение роста цен на услуги, сообщил регулятор, передаёт бюро Dateline.',
      },
      {
        p: 'Годовая инфляция в прошлом месяце замедлилась до 8,4 процента, однако услуги подорожали на 12 процентов, говорится в заявлении банка. «Инфляционные риски остаются повышенными», — отмечается в нём.',
      },
      {
        quote:
          'Мы готовы снижать ставку, когда увидим устойчивое замедление инфляции, но сейчас спешить было бы ошибкой.',
      },
      {
        p: 'Курс тенге после решения почти не изменился, по данным биржи. Большинство аналитиков, опрошенных перед заседанием, ожидали именно такого решения, сказал главный экономист одного из местных банков.',
      },
      {
        p: 'Следующее решение по ставке банк объявит через шесть недель. Регулятор обновит и прогноз инфляции на конец года, сказал представитель банка.',
      },
    ],
  }),
  local({
    language: 'ru',
    headline: 'Армения начала модернизацию линий электропередачи на границе с Грузией',
    standfirst:
      'Новая линия позволит удвоить перетоки электроэнергии между двумя странами. Работы планируется завершить за два года.',
    dateline: 'Ереван',
    section: 'energy',
    tags: ['trade'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 180,
    body: [
      {
        p: 'Армения приступила к строительству новой высоковольтной линии к границе с Грузией, которая позволит удвоить перетоки электроэнергии между странами, сообщило министерство территориального управления и инфраструктуры, передаёт корреспондент Dateline в Ереване.',
      },
      {
        p: 'Проект стоимостью около 200 миллионов долларов финансируется за счёт кредитов международных банков развития, говорится в заявлении министерства. Работы планируется завершить за два года.',
      },
      {
        quote:
          'Связанные энергосистемы надёжнее изолированных. Эта линия нужна нам и зимой, и летом.',
      },
      {
        p: 'Грузинская сторона ведёт строительство своего участка линии, сказал представитель оператора энергосистемы Грузии. По его словам, синхронизация систем начнётся после испытаний.',
      },
      {
        p: 'Новая линия откроет возможности для торговли электроэнергией в регионе, сказал аналитик ереванского исследовательского центра. «Выигрывают те, у кого есть куда продавать излишки», — отметил он.',
      },
    ],
  }),

  // Azerbaijani translations.
  local({
    language: 'az',
    translationOf: 'gas-flows-to-europe-halted-after-fire-at-caspian-compressor-station',
    headline: 'Xəzərdəki kompressor stansiyasında yanğından sonra Avropaya qaz nəqli dayandırılıb',
    standfirst:
      'Operator ehtiyat tədbiri olaraq boru kəməri sistemini dayandırıb və xəsarət alan olmadığını bildirib. Türkiyə və Cənubi Avropaya tədarük kəsilib.',
    dateline: 'Bakı',
    section: 'energy',
    tags: ['gas'],
    author: 'editor',
    priority: 'flash',
    hoursAgo: 12,
    body: [
      {
        p: 'Xəzər qazını Türkiyə və Cənubi Avropaya daşıyan boru kəməri sistemi ilə qaz nəqli Azərbaycandakı kompressor stansiyasında yanğın baş verdikdən sonra dayandırılıb, operator bildirib. Bu barədə Dateline-ın Bakıdakı müxbiri xəbər verir.',
      },
      {
        p: 'Yanğın üç saat ərzində nəzarətə götürülüb və «xəsarət alan yoxdur», boru kəməri operatorunun açıqlamasında deyilir. Mühəndislər obyekti yoxlayana qədər nəql ehtiyat tədbiri olaraq dayandırılıb.',
      },
      {
        quote:
          'Təhlükəsizlik bizim üçün birinci yerdədir. Nəql yalnız sistemin etibarlı olduğuna əmin olduqdan sonra bərpa ediləcək.',
      },
      {
        p: 'Yanğının səbəbi araşdırılır və «kənar müdaxilə əlaməti yoxdur», Azərbaycan Energetika Nazirliyinin nümayəndəsi jurnalistlərə deyib.',
      },
      {
        p: 'Türkiyə və Yunanıstanın qaz nəqli operatorları anbarlardakı ehtiyatlardan və alternativ tədarükdən istifadə etdiklərini bildiriblər. «Yaxın müddətdə istehlakçılar heç bir fasilə hiss etməyəcək», Yunanıstan qaz sistemi operatorunun nümayəndəsi deyib.',
      },
      {
        p: 'Avropa birjalarında qazın qiyməti ticarətin əvvəlində 9 faiz artıb. Avropa Komissiyası vəziyyəti üzv dövlətlərlə birlikdə «diqqətlə izləyir», Komissiyanın nümayəndəsi bildirib.',
      },
    ],
  }),
  local({
    language: 'az',
    translationOf: 'azerbaijan-and-armenia-resume-border-demarcation-talks-after-three-month-pause',
    headline: 'Azərbaycan və Ermənistan sərhədin delimitasiyası üzrə danışıqları bərpa edib',
    standfirst:
      'İki ölkənin hökumət komissiyaları görüşərək texniki işlərin cədvəlini razılaşdırıb. Hər iki tərəf görüşü konstruktiv adlandırıb.',
    dateline: 'Bakı',
    section: 'region',
    tags: ['diplomacy'],
    author: 'editor',
    priority: 'routine',
    hoursAgo: 107,
    body: [
      {
        p: 'Azərbaycan və Ermənistanın hökumət komissiyaları üç aylıq fasilədən sonra ortaq sərhədin delimitasiyası üzrə danışıqları bərpa edib, iki ölkənin xarici işlər nazirlikləri bildirib. Bu barədə Dateline-ın Bakıdakı müxbiri xəbər verir.',
      },
      {
        p: 'Komissiyalar sərhədin növbəti hissəsi üçün «texniki işlərin cədvəlini» razılaşdırıb, birgə bəyanatda deyilir. Bəyanata görə, sovet dövrünün xəritələri istinad kimi istifadə olunacaq.',
      },
      {
        quote: 'Razılaşdığımız hər kilometr sabah mübahisə olmayacaq bir kilometrdir.',
      },
      {
        p: 'Danışıqlar «konstruktiv və işgüzar şəraitdə» keçib, Azərbaycan XİN-in nümayəndəsi jurnalistlərə deyib. Ermənistan hökumətinin nümayəndəsi ayrıca bəyanatda oxşar ifadələr işlədib.',
      },
      { quote: 'Proses yavaş və texnikidir, amma düzgün istiqamətdə irəliləyir.' },
      {
        p: 'Bakıdakı yüksək vəzifəli Qərb diplomatı danışıqların bərpasını sülh sazişi ilə bağlı sonrakı danışıqlar öncəsi «mühüm siqnal» adlandırıb. Növbəti raund gələn aya planlaşdırılıb.',
      },
    ],
  }),
  local({
    language: 'az',
    translationOf: 'freight-on-trans-caspian-trade-route-climbs-as-ports-expand-capacity',
    headline: 'Limanlar gücünü artırdıqca Transxəzər marşrutu ilə yükdaşıma artır',
    standfirst:
      'Çini Mərkəzi Asiya və Cənubi Qafqaz vasitəsilə Avropa ilə birləşdirən dəhlizdə yükdaşımanın həcmi təxminən üçdə bir artıb. Logistika şirkətləri bərə keçidlərini əsas maneə adlandırır.',
    dateline: 'Bakı',
    section: 'region',
    tags: ['trade'],
    author: 'editor',
    priority: 'routine',
    hoursAgo: 292,
    body: [
      {
        p: 'Çini Avropa ilə birləşdirən Transxəzər ticarət marşrutu ilə yükdaşımanın həcmi ilin birinci yarısında təxminən üçdə bir artıb, liman və dəmir yolu rəsmiləri bildirib. Bu barədə Dateline-ın Bakıdakı müxbiri xəbər verir.',
      },
      {
        p: 'Bakı Limanı rekord sayda konteyner qəbul edib və yeni körpü limanın illik gücünü 25 milyon tona çatdıracaq, limanın açıqlamasında deyilir. «Tələbat gözlədiyimizdən sürətlə artır», liman nümayəndəsi deyib.',
      },
      {
        quote:
          'Yükgöndərənlər alternativ axtarır. Bizim işimiz bu marşrutu daha sürətli və proqnozlaşdırıla bilən etməkdir.',
      },
      {
        p: 'Gömrük prosedurları rəqəmsallaşdırıldıqdan sonra tranzit müddəti iki il əvvəlki 30 gündən çox müddətdən təxminən 18 günə enib, Qazaxıstan və Azərbaycan dəmir yolu şirkətlərinin rəsmiləri bildirib.',
      },
      {
        p: 'Xəzər dənizi üzərindən bərə gücü əsas maneə olaraq qalır, logistika şirkətləri bildirib. «Konteynerlər limanda gəmi gözləyərək günlərlə qala bilir», ekspeditor şirkətinin regional direktoru deyib.',
      },
      {
        p: 'Gələn il istifadəyə veriləcək iki yeni bərə ildə təxminən 100 min konteyner əlavə gücü təmin edəcək, Azərbaycan Nəqliyyat Nazirliyi bildirib.',
      },
    ],
  }),

  // Azerbaijani originals.
  local({
    language: 'az',
    headline:
      'Mərkəzi Bank inflyasiyanın yavaşlamasına baxmayaraq uçot dərəcəsini dəyişməz saxlayıb',
    standfirst:
      'Bank dərəcəni ardıcıl ikinci dəfə 7,25 faizdə saxlayıb. İllik inflyasiya hədəf dəhlizinə yaxınlaşsa da, ərzaq qiymətləri narahatlıq yaradır.',
    dateline: 'Bakı',
    section: 'economy',
    tags: ['central-banks', 'inflation'],
    author: 'correspondent2',
    priority: 'urgent',
    hoursAgo: 22,
    body: [
      {
        p: 'Azərbaycan Mərkəzi Bankı illik inflyasiyanın yavaşlamasına baxmayaraq uçot dərəcəsini 7,25 faizdə dəyişməz saxlayıb, bankın açıqlamasında deyilir. Bu barədə Dateline-ın Bakıdakı müxbiri xəbər verir.',
      },
      {
        p: 'Ötən ay illik inflyasiya 4,6 faizə enib və bankın 2-6 faizlik hədəf dəhlizinə yaxınlaşıb, lakin ərzaq qiymətləri 6 faizdən çox artıb, açıqlamada bildirilir.',
      },
      {
        quote:
          'Dərəcəni azaltmağa tələsmirik. Qiymət sabitliyinin davamlı olduğuna əmin olmaq istəyirik.',
      },
      {
        p: 'Qərar bazar iştirakçılarının gözləntilərinə uyğun olub, Bakıdakı investisiya şirkətinin baş iqtisadçısı deyib. «Manatın məzənnəsi sabitdir və bank ehtiyatlı davranmağa üstünlük verir», o əlavə edib.',
      },
      {
        p: 'Bank uçot dərəcəsi ilə bağlı növbəti qərarı altı həftədən sonra açıqlayacaq, bankın nümayəndəsi bildirib.',
      },
    ],
  }),
  local({
    language: 'az',
    headline: 'Xəzərdə yeni qaz yatağından ilk hasilat gözləniləndən tez başlayıb',
    standfirst:
      'Dəniz platformasından ilk qaz sahilə çatdırılıb. Yataq tam gücə çatdıqda ildə 3 milyard kubmetr qaz verəcək.',
    dateline: 'Bakı',
    section: 'energy',
    tags: ['gas'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 70,
    body: [
      {
        p: 'Xəzər dənizindəki yeni qaz yatağından ilk hasilat planlaşdırılandan iki ay tez başlayıb və ilk qaz sahildəki terminala çatdırılıb, layihənin operatoru bildirib. Bu barədə Dateline-ın Bakıdakı müxbiri xəbər verir.',
      },
      {
        p: 'Yataq tam gücə çatdıqda ildə təxminən 3 milyard kubmetr qaz verəcək, operatorun açıqlamasında deyilir. Qazın bir hissəsi daxili bazara, qalanı isə ixraca yönəldiləcək.',
      },
      {
        quote:
          'Dənizdə işləmək həmişə çətindir. Komanda hava şəraitinə baxmayaraq qrafiki qabaqlaya bildi.',
      },
      {
        p: 'Energetika Nazirliyinin nümayəndəsi yeni yatağın Avropaya ixracın artırılması planlarında mühüm rol oynayacağını deyib. «Hər yeni kubmetr tərəfdaşlarımız üçün əlavə etibarlılıq deməkdir», o bildirib.',
      },
      {
        p: 'Bazar təhlilçiləri bildirir ki, əlavə həcmlər yalnız boru kəmərinin gücü genişləndirildikdən sonra Avropaya çata biləcək.',
      },
    ],
  }),
  local({
    language: 'az',
    headline: 'Milli Məclis gələn ilin dövlət büdcəsini birinci oxunuşda qəbul edib',
    standfirst:
      'Büdcə layihəsində xərclərin təhsil və infrastruktura yönələn hissəsi artırılıb. Müxalifət deputatları gəlir proqnozlarını çox nikbin adlandırıb.',
    dateline: 'Bakı',
    section: 'politics',
    tags: ['budget'],
    author: 'correspondent2',
    priority: 'routine',
    hoursAgo: 150,
    body: [
      {
        p: 'Milli Məclis gələn ilin dövlət büdcəsinin layihəsini birinci oxunuşda qəbul edib, parlamentin mətbuat xidməti bildirib. Bu barədə Dateline-ın Bakıdakı müxbiri xəbər verir.',
      },
      {
        p: 'Layihəyə görə, xərclər 6 faiz artacaq və artımın böyük hissəsi təhsil və yol infrastrukturuna yönələcək, Maliyyə Nazirliyinin nümayəndəsi deputatlara deyib.',
      },
      {
        quote:
          'Bu büdcə məktəblərə və yollara sərmayədir. Biz borcu artırmadan inkişafı təmin etməyə çalışırıq.',
      },
      {
        p: 'Müxalifət deputatları neft qiymətinə əsaslanan gəlir proqnozlarını «çox nikbin» adlandırıblar. «Qiymət düşsə, xərcləri kim azaldacaq?» deputatlardan biri soruşub.',
      },
      {
        p: 'Layihə ikinci və üçüncü oxunuşlarda ilin sonuna qədər müzakirə ediləcək, parlamentin büdcə komitəsinin nümayəndəsi bildirib.',
      },
    ],
  }),
];
