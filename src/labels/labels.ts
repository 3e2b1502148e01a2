import { deepFreeze } from '../_lib/deepFreeze.js';
import type { SourceId } from '../data/sources.js';

/**
 * The six official languages of the United Nations, as BCP 47 codes.
 *
 * @example
 * ```ts
 * import { labelLanguages } from 'gcm-kit/labels';
 * labelLanguages.includes('ru');
 * // => true
 * ```
 */
export const labelLanguages = /* @__PURE__ */ deepFreeze([
  'ar',
  'en',
  'es',
  'fr',
  'ru',
  'zh',
] as const);

/** One of the six official UN languages (example: `'ru'`). */
export type LabelLanguage = (typeof labelLanguages)[number];

/**
 * The datasets whose items can carry labels.
 *
 * @example
 * ```ts
 * import { labelDatasets } from 'gcm-kit/labels';
 * labelDatasets.length;
 * // => 5
 * ```
 */
export const labelDatasets = /* @__PURE__ */ deepFreeze([
  'thematicSessions',
  'gcmObjectives',
  'gcmGuidingPrinciples',
  'phases',
  'migof',
] as const);

/** A dataset whose items can carry labels (example: `'gcmObjectives'`). */
export type LabelDataset = (typeof labelDatasets)[number];

/** A label of one item in one language other than English, as read in a source in that language. */
export interface LabelRecord {
  /** The dataset of the item (example: `'gcmObjectives'`). */
  readonly dataset: LabelDataset;
  /** Id of the item in its dataset (example: `'objective-2'`). */
  readonly id: string;
  /** Language of the text (example: `'es'`). */
  readonly lang: Exclude<LabelLanguage, 'en'>;
  /** The text, copied from the source (example: `'Minimizar los factores adversos y estructurales …'`). */
  readonly text: string;
  /** Sources in that language where the text was read (example: `['unnm-hub-es-objective-2']`). */
  readonly sourceIds: readonly SourceId[];
}

/**
 * Every label gcm-kit ships in a language other than English, each read in a
 * source in that language and citing it. Nothing is machine-translated: an
 * item without a sourced label in a language has no record here.
 *
 * The Spanish and French objective titles come from the UN Network on
 * Migration's Hub pages, which quote the compact but are not the official
 * A/RES/73/195 text (and whose English pages differ from it in places), so
 * they are secondary sources for the official title. The Chinese names of the
 * guiding principles come from paragraph 3 of the Progress Declaration
 * (A/RES/76/266) on un.org, which restates paragraph 15 of the compact.
 * The Russian objective titles come from a figure of IOM's World Migration
 * Report 2020 in Russian (eleven objectives, in the report's wording, read
 * on a copy of it) and, for objective 1, from the draft text that the
 * Estonian public broadcaster ERR published; the official Russian text of
 * A/RES/73/195 was not read.
 *
 * @example
 * ```ts
 * import { labels } from 'gcm-kit/labels';
 * labels.filter((l) => l.lang === 'zh').length;
 * // => 10
 * ```
 */
export const labels: readonly LabelRecord[] = /* @__PURE__ */ deepFreeze([
  {
    dataset: 'gcmObjectives',
    id: 'objective-1',
    lang: 'fr',
    text: 'Collecter et utiliser des données précises et ventilées qui serviront à l’élaboration de politiques fondées sur la connaissance des faits',
    sourceIds: ['unnm-hub-fr-objective-1'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-2',
    lang: 'es',
    text: 'Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen',
    sourceIds: ['unnm-hub-es-objective-2'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-2',
    lang: 'fr',
    text: 'Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d’origine',
    sourceIds: ['unnm-hub-fr-objective-2'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-4',
    lang: 'es',
    text: 'Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada',
    sourceIds: ['unnm-hub-es-objective-4'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-4',
    lang: 'fr',
    text: 'Munir tous les migrants d’une preuve d’identité légale et de papiers adéquats',
    sourceIds: ['unnm-hub-fr-objective-4'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-6',
    lang: 'es',
    text: 'Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente',
    sourceIds: ['unnm-hub-es-objective-6'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-6',
    lang: 'fr',
    text: 'Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d’un travail décent',
    sourceIds: ['unnm-hub-fr-objective-6'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-8',
    lang: 'es',
    text: 'Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos',
    sourceIds: ['unnm-hub-es-objective-8', 'iom-lac-es-objetivo-8'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-9',
    lang: 'es',
    text: 'Reforzar la respuesta transnacional al tráfico ilícito de migrantes',
    sourceIds: ['unnm-hub-es-objective-9'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-9',
    lang: 'fr',
    text: 'Renforcer l’action transnationale face au trafic de migrants',
    sourceIds: ['unnm-hub-fr-objective-9'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-10',
    lang: 'es',
    text: 'Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional',
    sourceIds: ['unnm-hub-es-objective-10'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-11',
    lang: 'fr',
    text: 'Gérer les frontières de manière intégrée, sûre et coordonnée',
    sourceIds: ['unnm-hub-fr-objective-11'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-12',
    lang: 'es',
    text: 'Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación',
    sourceIds: ['unnm-hub-es-objective-12'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-12',
    lang: 'fr',
    text: 'Veiller à l’invariabilité et à la prévisibilité des procédures migratoires pour assurer des contrôles, des évaluations et une orientation appropriés',
    sourceIds: ['unnm-hub-fr-objective-12'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-13',
    lang: 'es',
    text: 'Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas',
    sourceIds: ['unnm-hub-es-objective-13'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-13',
    lang: 'fr',
    text: 'Ne recourir au placement en rétention administrative des migrants qu’en dernier ressort et chercher des solutions de rechange',
    sourceIds: ['unnm-hub-fr-objective-13'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-14',
    lang: 'es',
    text: 'Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio',
    sourceIds: ['unnm-hub-es-objective-14', 'iom-lac-es-objetivo-14'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-14',
    lang: 'fr',
    text: 'Renforcer la protection, l’assistance et la coopération consulaires tout au long du cycle migratoire',
    sourceIds: ['unnm-hub-fr-objective-14'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-15',
    lang: 'fr',
    text: 'Assurer l’accès des migrants aux services de base',
    sourceIds: ['unnm-hub-fr-objective-15'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-16',
    lang: 'fr',
    text: 'Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale',
    sourceIds: ['unnm-hub-fr-objective-16'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-18',
    lang: 'es',
    text: 'Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias',
    sourceIds: ['unnm-hub-es-objective-18'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-19',
    lang: 'es',
    text: 'Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países',
    sourceIds: ['unnm-hub-es-objective-19'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-22',
    lang: 'es',
    text: 'Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas',
    sourceIds: ['unnm-hub-es-objective-22'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-23',
    lang: 'fr',
    text: 'Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières',
    sourceIds: ['unnm-hub-fr-objective-23'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'people-centred',
    lang: 'es',
    text: 'Centrada en las personas',
    sourceIds: ['unnm-hub-es-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'international-cooperation',
    lang: 'es',
    text: 'Cooperación internacional',
    sourceIds: ['unnm-hub-es-filter-list', 'unnm-hub-es-principle-739'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'national-sovereignty',
    lang: 'es',
    text: 'Soberanía nacional',
    sourceIds: ['unnm-hub-es-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'rule-of-law-and-due-process',
    lang: 'es',
    text: 'Estado de derecho y garantías procesales',
    sourceIds: ['unnm-hub-es-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'sustainable-development',
    lang: 'es',
    text: 'Desarrollo sostenible',
    sourceIds: ['unnm-hub-es-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'human-rights',
    lang: 'es',
    text: 'Derechos humanos',
    sourceIds: ['unnm-hub-es-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'gender-responsive',
    lang: 'es',
    text: 'Perspectiva de género',
    sourceIds: ['unnm-hub-es-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'child-sensitive',
    lang: 'es',
    text: 'Perspectiva infantil',
    sourceIds: ['unnm-hub-es-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'whole-of-government-approach',
    lang: 'es',
    text: 'Enfoque pangubernamental',
    sourceIds: ['unnm-hub-es-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'whole-of-society-approach',
    lang: 'es',
    text: 'Enfoque pansocial',
    sourceIds: ['unnm-hub-es-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'people-centred',
    lang: 'fr',
    text: 'Priorité à la dimension humaine',
    sourceIds: ['unnm-hub-fr-filter-list', 'unnm-hub-fr-principle-738'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'international-cooperation',
    lang: 'fr',
    text: 'Coopération internationale',
    sourceIds: ['unnm-hub-fr-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'national-sovereignty',
    lang: 'fr',
    text: 'Souveraineté nationale',
    sourceIds: ['unnm-hub-fr-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'rule-of-law-and-due-process',
    lang: 'fr',
    text: 'Primauté du droit et garanties d’une procédure régulière',
    sourceIds: ['unnm-hub-fr-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'sustainable-development',
    lang: 'fr',
    text: 'Développement durable',
    sourceIds: ['unnm-hub-fr-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'human-rights',
    lang: 'fr',
    text: 'Droits de l’homme',
    sourceIds: ['unnm-hub-fr-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'gender-responsive',
    lang: 'fr',
    text: 'Prise en compte de la problématique femmes-hommes',
    sourceIds: ['unnm-hub-fr-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'child-sensitive',
    lang: 'fr',
    text: 'Adaptation aux besoins de l’enfant',
    sourceIds: ['unnm-hub-fr-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'whole-of-government-approach',
    lang: 'fr',
    text: 'Approche mobilisant l’ensemble des pouvoirs publics',
    sourceIds: ['unnm-hub-fr-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'whole-of-society-approach',
    lang: 'fr',
    text: 'Approche mobilisant l’ensemble de la société',
    sourceIds: ['unnm-hub-fr-filter-list'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'people-centred',
    lang: 'zh',
    text: '以人为中心',
    sourceIds: ['a-res-76-266-zh'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'international-cooperation',
    lang: 'zh',
    text: '国际合作',
    sourceIds: ['a-res-76-266-zh'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'national-sovereignty',
    lang: 'zh',
    text: '国家主权',
    sourceIds: ['a-res-76-266-zh'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'rule-of-law-and-due-process',
    lang: 'zh',
    text: '法治和正当程序',
    sourceIds: ['a-res-76-266-zh'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'sustainable-development',
    lang: 'zh',
    text: '可持续发展',
    sourceIds: ['a-res-76-266-zh'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'human-rights',
    lang: 'zh',
    text: '人权',
    sourceIds: ['a-res-76-266-zh'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'gender-responsive',
    lang: 'zh',
    text: '促进性别平等',
    sourceIds: ['a-res-76-266-zh'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'child-sensitive',
    lang: 'zh',
    text: '敏感认识到儿童问题',
    sourceIds: ['a-res-76-266-zh'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'whole-of-government-approach',
    lang: 'zh',
    text: '全政府办法',
    sourceIds: ['a-res-76-266-zh'],
  },
  {
    dataset: 'gcmGuidingPrinciples',
    id: 'whole-of-society-approach',
    lang: 'zh',
    text: '全社会办法',
    sourceIds: ['a-res-76-266-zh'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-1',
    lang: 'ru',
    text: 'Сбор и использование точных и дезагрегированных данных в качестве основы для выработки эмпирически обоснованной политики',
    sourceIds: ['err-rus-877566'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-4',
    lang: 'ru',
    text: 'Обеспечение наличия у всех мигрантов законных удостоверений личности',
    sourceIds: ['iom-wmr-2020-ru-p339'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-6',
    lang: 'ru',
    text: 'Содействие справедливому и этичному найму работников и обеспечение условий для достойной работы',
    sourceIds: ['iom-wmr-2020-ru-p339'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-8',
    lang: 'ru',
    text: 'Спасение людей и координация усилий по решению проблемы пропавших без вести мигрантов',
    sourceIds: ['iom-wmr-2020-ru-p339'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-9',
    lang: 'ru',
    text: 'Повышение эффективности транснациональных мер противодействия незаконному ввозу мигрантов',
    sourceIds: ['iom-wmr-2020-ru-p339'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-13',
    lang: 'ru',
    text: 'Применение практики помещения в центры содержания исключительно в качестве крайней меры и поиск альтернатив',
    sourceIds: ['iom-wmr-2020-ru-p339'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-15',
    lang: 'ru',
    text: 'Охват мигрантов базовыми услугами',
    sourceIds: ['iom-wmr-2020-ru-p339'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-16',
    lang: 'ru',
    text: 'Создание для мигрантов и обществ благоприятных условий, обеспечивающих полную социальную интеграцию и сплоченность',
    sourceIds: ['iom-wmr-2020-ru-p339'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-17',
    lang: 'ru',
    text: 'Искоренение всех форм дискриминации и поощрение основанных на фактических данных общественных обсуждений',
    sourceIds: ['iom-wmr-2020-ru-p339'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-18',
    lang: 'ru',
    text: 'Инвестирование в развитие навыков и взаимное признание квалификации',
    sourceIds: ['iom-wmr-2020-ru-p339'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-19',
    lang: 'ru',
    text: 'Создание для мигрантов и диаспор условий, позволяющих им в полной мере способствовать достижению устойчивого развития',
    sourceIds: ['iom-wmr-2020-ru-p339'],
  },
  {
    dataset: 'gcmObjectives',
    id: 'objective-21',
    lang: 'ru',
    text: 'Содействие возвращению и реинтеграции',
    sourceIds: ['iom-wmr-2020-ru-p339'],
  },
] as const satisfies readonly LabelRecord[]);
