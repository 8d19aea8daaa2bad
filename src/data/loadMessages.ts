// What a failed load says, in each language: the sentence frames are translated, while field paths,
// ids, quotes and file names go in verbatim (they are what the visitor looks up in the file).
export const loadMessages = {
  en: {
    /** Words from elsewhere (the schema's rarer complaints, the quantity reader, the build), shown as they are. */
    detail: '{{detail}}',
    otherOrigin: '“{{url}}” is not on this site. Only datasets on this site can be opened.',
    notFetched: '{{url}} could not be fetched: {{reason}}',
    httpStatus: '{{url}} answered HTTP {{status}}',
    notRead: '{{source}} could not be read: {{reason}}',
    notJson: '{{source}} is not valid JSON: {{where}}{{reason}}',
    tooLarge: '{{source}} is too large to read ({{mebibytes}} MiB) and has no projects.features array to read in parts',
    notAtlas: '{{source}} is not a valid atlas',
    moreProblems: '… and {{count}} more problem(s)',
    schemaType: 'Invalid input: expected {{expected}}, received {{received}}',
    schemaValue: 'Invalid input: expected {{value}}',
    schemaOption: 'Invalid option: expected one of {{values}}',
    unknownSpeech: 'unknown speech {{id}}',
    spanMisplaced: 'does not point at the quote in speech {{id}}',
    quoteNotFound: 'not found in speech {{id}}',
    duplicateFigureId: 'duplicate figure id {{id}}, first used at {{first}}',
    amountDisagrees: 'is {{stated}} but "{{amount}}" says {{read}}',
    duplicateId: 'duplicate id, first used at {{first}}',
    idDiffers: 'differs from the feature id {{id}}',
    placeWithoutGeometry: 'is null, but properties.location names a place',
    geometryWithoutPlace: 'is null, but the project has a geometry',
    unknownOrganization: 'unknown organization {{id}}',
    unknownGroup: 'unknown group {{id}}',
    notGroupMember: 'group {{id}} does not list this project as a member',
    ownAncestor: '{{record}} is its own ancestor ({{loop}})',
    alsoInGroup: 'project {{project}} is also in group {{group}}, which states {{metric}} too',
    unknownProject: 'unknown project {{id}}',
    groupIsProject: 'is also a project id',
    sentenceMisfit: 'sentence {{sentence}} does not fit paragraph {{paragraph}} of the speech',
    wordsOutside: 'the words for "{{quote}}" lie outside the translated sentence {{sentence}}',
    outsideCountries: '[{{vertex}}] lies outside {{countries}}',
  },
  zh: {
    /** Words from elsewhere (the schema's rarer complaints, the quantity reader, the build), shown as they are. */
    detail: '{{detail}}',
    otherOrigin: '“{{url}}”不在本网站上。只能打开本网站上的数据集。',
    notFetched: '无法获取 {{url}}：{{reason}}',
    httpStatus: '{{url}} 返回 HTTP {{status}}',
    notRead: '无法读取 {{source}}：{{reason}}',
    notJson: '{{source}} 不是有效的 JSON：{{where}}{{reason}}',
    tooLarge: '{{source}} 过大，无法读取（{{mebibytes}} MiB），且没有可分段读取的 projects.features 数组',
    notAtlas: '{{source}} 不是有效的图志数据',
    moreProblems: '……另有 {{count}} 个问题',
    schemaType: '输入无效：应为 {{expected}}，实为 {{received}}',
    schemaValue: '输入无效：应为 {{value}}',
    schemaOption: '选项无效：应为以下之一：{{values}}',
    unknownSpeech: '未知发言 {{id}}',
    spanMisplaced: '未指向发言 {{id}} 中的引文',
    quoteNotFound: '在发言 {{id}} 中找不到',
    duplicateFigureId: '数字编号 {{id}} 重复，首次使用于 {{first}}',
    amountDisagrees: '为 {{stated}}，但“{{amount}}”表示 {{read}}',
    duplicateId: '编号重复，首次使用于 {{first}}',
    idDiffers: '与要素编号 {{id}} 不一致',
    placeWithoutGeometry: '为空，但 properties.location 给出了地点',
    geometryWithoutPlace: '为空，但该项目有几何位置',
    unknownOrganization: '未知机构 {{id}}',
    unknownGroup: '未知项目组 {{id}}',
    notGroupMember: '项目组 {{id}} 未将本项目列为成员',
    ownAncestor: '{{record}} 是其自身的上级（{{loop}}）',
    alsoInGroup: '项目 {{project}} 也属于项目组 {{group}}，该组同样给出了 {{metric}}',
    unknownProject: '未知项目 {{id}}',
    groupIsProject: '同时也是一个项目编号',
    sentenceMisfit: '句子 {{sentence}} 与发言的第 {{paragraph}} 段不符',
    wordsOutside: '“{{quote}}”的词语超出了译文句子 {{sentence}}',
    outsideCountries: '[{{vertex}}] 位于 {{countries}} 之外',
  },
  ru: {
    /** Words from elsewhere (the schema's rarer complaints, the quantity reader, the build), shown as they are. */
    detail: '{{detail}}',
    otherOrigin: '«{{url}}» находится не на этом сайте. Открыть можно только наборы данных с этого сайта.',
    notFetched: 'Не удалось получить {{url}}: {{reason}}',
    httpStatus: '{{url}} ответил HTTP {{status}}',
    notRead: 'Не удалось прочитать {{source}}: {{reason}}',
    notJson: '{{source}} — недопустимый JSON: {{where}}{{reason}}',
    tooLarge: '{{source}} слишком велик для чтения ({{mebibytes}} МиБ), и в нём нет массива projects.features для чтения по частям',
    notAtlas: '{{source}} — недопустимый атлас',
    moreProblems: '… и ещё проблем: {{count}}',
    schemaType: 'Недопустимое значение: ожидается {{expected}}, получено {{received}}',
    schemaValue: 'Недопустимое значение: ожидается {{value}}',
    schemaOption: 'Недопустимый вариант: ожидается одно из {{values}}',
    unknownSpeech: 'неизвестное выступление {{id}}',
    spanMisplaced: 'не указывает на цитату в выступлении {{id}}',
    quoteNotFound: 'не найдено в выступлении {{id}}',
    duplicateFigureId: 'повторный id показателя {{id}}, впервые использован в {{first}}',
    amountDisagrees: 'равно {{stated}}, но «{{amount}}» означает {{read}}',
    duplicateId: 'повторный id, впервые использован в {{first}}',
    idDiffers: 'отличается от id объекта {{id}}',
    placeWithoutGeometry: 'пусто, но properties.location называет место',
    geometryWithoutPlace: 'пусто, но у проекта есть геометрия',
    unknownOrganization: 'неизвестная организация {{id}}',
    unknownGroup: 'неизвестная группа {{id}}',
    notGroupMember: 'группа {{id}} не числит этот проект среди участников',
    ownAncestor: '{{record}} — собственный предок ({{loop}})',
    alsoInGroup: 'проект {{project}} входит и в группу {{group}}, где тоже указано {{metric}}',
    unknownProject: 'неизвестный проект {{id}}',
    groupIsProject: 'совпадает с id проекта',
    sentenceMisfit: 'предложение {{sentence}} не помещается в абзац {{paragraph}} выступления',
    wordsOutside: 'слова для «{{quote}}» выходят за пределы переведённого предложения {{sentence}}',
    outsideCountries: '[{{vertex}}] лежит вне {{countries}}',
  },
};

export type LoadMessageKey = keyof typeof loadMessages.en;
/** A message to show in the visitor's language: its frame's key and what goes into the frame verbatim. */
export interface LoadMessage {
  key: LoadMessageKey;
  values: Readonly<Record<string, string | number>>;
}

export const loadMessage = (key: LoadMessageKey, values: Record<string, string | number> = {}): LoadMessage => ({ key, values });

/** A build-time or borrowed text that has no frame of its own. */
export const detailMessage = (detail: string): LoadMessage => loadMessage('detail', { detail });

/** The English text, for the command-line tools, logs and `Error.message`. */
export function inEnglish({ key, values }: LoadMessage): string {
  return loadMessages.en[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}
