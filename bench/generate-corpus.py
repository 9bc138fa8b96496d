#!/usr/bin/env python3
"""Deterministic benchmark corpus for Vestnik and Hugo (issue 5).

Writes, under OUT:
  vestnik/content/<YYYY-MM-DD-slug>/<lang>.md   one folder per story, one file per language
  vestnik/content/tags.yaml                      20 tag keys: slug and label per language
  hugo/content/news/<yyyy>/<slug>/index.<lang>.md  the same stories as Hugo page bundles,
                                                 linked by translationKey, tags as a taxonomy
  hugo/content/news/<yyyy>/_index.<lang>.md      year archives (nested sections)
  hugo/content/tags/<key>/_index.<lang>.md       per-language tag labels
  corpus.json                                    counts, for the harness and RESULTS.md

N is the number of articles PER LANGUAGE: every language ends up with exactly N versions.
Stories are 50% in all three languages, 30% in two, 20% in one, so there are about 1.3*N
story folders and 3*N article pages. Both tools get the same Markdown bodies word for word;
the only additions on the Hugo side are front matter fields and a `<!--more-->` marker after the
first paragraph (so that Hugo's summary is the first paragraph, as in Vestnik).

Only the standard library; the same --seed and N always give byte-identical files.
"""

import argparse
import json
import os
import random
import shutil
import sys

LANGUAGES = ["ru", "be", "en"]

# ---------------------------------------------------------------------------------------------
# Word lists: real words of each language, news vocabulary (ICT, government, cooperation).
# Sentences are random sequences of them: nonsense, but real words of realistic length, so text
# size, Cyrillic byte share and escaping work match a real news site.

RU_WORDS = """
министерство связи информатизации республики беларусь заседание совещание встреча делегации
руководителей министерств ведомств государств членов участники обсудили вопросы развития
информационно-коммуникационных технологий цифровой трансформации экономики сотрудничества
области проекта плана действий документов предложения стороны подписали меморандум о
взаимопонимании стратегического между представители секретариата организации международной
деятельности управления заместитель начальника первый секретарь посольства генеральный
директор департамента председательством состоялось прошло открыл рассмотрены согласовали
проекты подготовке форума выставки конференции национальной сети мобильной связи операторов
интернета доступности услуг населения регионов страны электронного правительства платформы
центра обработки данных безопасности защиты информации государственной системы единой
республиканской научной практической современных решений искусственного интеллекта кадров
образования студентов университета специалистов повышения квалификации новых возможностей
инвестиций почтовой связи почты отделений сельской местности широкополосного доступа
оптических линий волоконно-оптической инфраструктуры строительства базовых станций
поколения стандарта частот радиочастотного спектра регулирования законодательства указа
постановления совета министров программы цифрового развития года годы этапа реализации
мероприятий показателей результатов работы отрасли предприятий организаций граждан бизнеса
также кроме того в на с для по при и а что которые был была будет является отметил
подчеркнул сообщил предложил рассмотрели утвердили провели организовали продолжить расширить
обеспечить внедрить создать укрепить поддержать январе феврале марте апреле мае июне июле
августе сентябре октябре ноябре декабре Минске Москве Пекине Ханчжоу Астане Ташкенте Китая
России Казахстана Узбекистана Индии Ирана Пакистана сторон партнеров опыта обмена
перспективы направления итоги встречи важным шагом рамках визита двустороннего
многостороннего диалога взаимодействия совместной рабочей группы экспертов
""".split()

BE_WORDS = """
міністэрства сувязі інфарматызацыі рэспублікі беларусь пасяджэнне нарада сустрэча дэлегацыі
кіраўнікоў міністэрстваў ведамстваў дзяржаў членаў удзельнікі абмеркавалі пытанні развіцця
інфармацыйна-камунікацыйных тэхналогій лічбавай трансфармацыі эканомікі супрацоўніцтва
галіне праекта плана дзеянняў дакументаў прапановы бакі падпісалі мемарандум аб
узаемаразуменні стратэгічнага паміж прадстаўнікі сакратарыята арганізацыі міжнароднай
дзейнасці ўпраўлення намеснік начальніка першы сакратар пасольства генеральны дырэктар
дэпартамента старшынстве адбылося прайшло адкрыў разгледжаны ўзгаднілі праекты падрыхтоўцы
форуму выстаўкі канферэнцыі нацыянальнай сеткі мабільнай сувязі аператараў інтэрнэту
даступнасці паслуг насельніцтва рэгіёнаў краіны электроннага ўрада платформы цэнтра апрацоўкі
даных бяспекі абароны інфармацыі дзяржаўнай сістэмы адзінай рэспубліканскай навуковай
практычнай сучасных рашэнняў штучнага інтэлекту кадраў адукацыі студэнтаў універсітэта
спецыялістаў павышэння кваліфікацыі новых магчымасцяў інвестыцый паштовай пошты аддзяленняў
сельскай мясцовасці шырокапалоснага доступу аптычных ліній валаконна-аптычнай
інфраструктуры будаўніцтва базавых станцый пакалення стандарту частот радыёчастотнага
спектру рэгулявання заканадаўства ўказа пастановы савета міністраў праграмы лічбавага года
гады этапу рэалізацыі мерапрыемстваў паказчыкаў вынікаў працы галіны прадпрыемстваў
грамадзян бізнесу таксама акрамя таго ў на з для па пры і а што якія быў была будзе
з'яўляецца адзначыў падкрэсліў паведаміў прапанаваў разгледзелі зацвердзілі правялі
арганізавалі працягнуць пашырыць забяспечыць укараніць стварыць умацаваць падтрымаць студзені
лютым сакавіку красавіку маі чэрвені ліпені жніўні верасні кастрычніку лістападзе снежні
Мінску Маскве Пекіне Ханчжоу Астане Ташкенце Кітая Расіі Казахстана Узбекістана Індыі Ірана
Пакістана бакоў партнёраў вопыту абмену перспектывы напрамкі вынікі сустрэчы важным крокам
межах візіту двухбаковага шматбаковага дыялогу ўзаемадзеяння сумеснай рабочай групы
экспертаў
""".split()

EN_WORDS = """
ministry communications informatization republic belarus meeting session delegation heads
ministries agencies member states participants discussed issues development information
communication technologies digital transformation economy cooperation field project plan
action documents proposals parties signed memorandum understanding strategic between
representatives secretariat organization international activities department deputy head
first secretary embassy director general chaired held opened considered agreed drafts
preparation forum exhibition conference national network mobile operators internet
accessibility services population regions country electronic government platform centre
processing data security protection state system unified scientific practical modern
solutions artificial intelligence staff education students university specialists training
new opportunities investment postal post offices rural areas broadband access optical lines
fibre infrastructure construction base stations generation standard frequencies radio
spectrum regulation legislation decree resolution council ministers programme year years
stage implementation events indicators results work industry enterprises citizens business
also moreover in on with for by at and but that which was were will be is noted stressed
reported proposed reviewed approved conducted organized continue expand ensure introduce
create strengthen support January February March April May June July August September
October November December Minsk Moscow Beijing Hangzhou Astana Tashkent China Russia
Kazakhstan Uzbekistan India Iran Pakistan sides partners experience exchange prospects areas
outcomes important step framework visit bilateral multilateral dialogue interaction joint
working group experts the of the to a
""".split()

WORDS = {"ru": RU_WORDS, "be": BE_WORDS, "en": EN_WORDS}

# Latin words for slugs (the folder name is the URL slug).
SLUG_WORDS = """digital cooperation meeting forum ict sco belarus china broadband postal mobile
network security data cloud platform government services strategy agreement delegation visit
conference exhibition training education innovation science spectrum fibre infrastructure
egov startup investment regional rural connectivity standard summit dialogue""".split()

# Table column headers per language.
TABLE_HEADERS = {
    "ru": ["Показатель", "Значение", "Изменение"],
    "be": ["Паказчык", "Значэнне", "Змяненне"],
    "en": ["Indicator", "Value", "Change"],
}

# 20 tag keys; slug equals the key (so Hugo's term URLs, made from the key, match Vestnik's).
TAGS = [
    ("sco", "ШОС", "ШАС", "SCO"),
    ("china", "Китай", "Кітай", "China"),
    ("russia", "Россия", "Расія", "Russia"),
    ("digital-transformation", "Цифровая трансформация", "Лічбавая трансфармацыя", "Digital transformation"),
    ("e-government", "Электронное правительство", "Электронны ўрад", "E-government"),
    ("broadband", "Широкополосный доступ", "Шырокапалосны доступ", "Broadband"),
    ("mobile", "Мобильная связь", "Мабільная сувязь", "Mobile communications"),
    ("postal", "Почтовая связь", "Паштовая сувязь", "Postal services"),
    ("security", "Информационная безопасность", "Інфармацыйная бяспека", "Information security"),
    ("ai", "Искусственный интеллект", "Штучны інтэлект", "Artificial intelligence"),
    ("education", "Образование", "Адукацыя", "Education"),
    ("legislation", "Законодательство", "Заканадаўства", "Legislation"),
    ("international", "Международное сотрудничество", "Міжнароднае супрацоўніцтва", "International cooperation"),
    ("cis", "СНГ", "СНД", "CIS"),
    ("eaeu", "ЕАЭС", "ЕАЭС", "EAEU"),
    ("forum", "Форумы", "Форумы", "Forums"),
    ("exhibitions", "Выставки", "Выстаўкі", "Exhibitions"),
    ("regions", "Регионы", "Рэгіёны", "Regions"),
    ("spectrum", "Радиочастотный спектр", "Радыёчастотны спектр", "Radio spectrum"),
    ("data-centers", "Центры обработки данных", "Цэнтры апрацоўкі даных", "Data centres"),
]

FIRST_YEAR, LAST_YEAR = 2020, 2025  # six years of news; --now 2026-01-01 publishes them all


# ---------------------------------------------------------------------------------------------

class Writer:
    """Random Markdown in one language, from one seeded generator."""

    def __init__(self, rng, language):
        self.rng = rng
        self.language = language
        self.words = WORDS[language]

    def phrase(self, lo, hi):
        return " ".join(self.rng.choice(self.words) for _ in range(self.rng.randint(lo, hi)))

    def sentence(self, inline=True):
        words = [self.rng.choice(self.words) for _ in range(self.rng.randint(7, 19))]
        if len(words) > 9 and self.rng.random() < 0.4:
            words[self.rng.randint(3, len(words) - 4)] += ","
        if inline:
            self.decorate(words)
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def decorate(self, words):
        """Bold, italic, links, strikethrough, an autolink now and then."""
        r = self.rng.random()
        i = self.rng.randint(1, len(words) - 3)
        if r < 0.12:
            words[i] = "**" + words[i] + " " + words[i + 1] + "**"
            del words[i + 1]
        elif r < 0.20:
            words[i] = "*" + words[i] + "*"
        elif r < 0.30:
            path = "/".join(self.rng.choice(("docs", "news", "node", "law", "projects")) for _ in range(2))
            words[i] = "[" + words[i] + " " + words[i + 1] + "](https://example.gov.by/" + path + "/" \
                       + str(self.rng.randint(100, 99999)) + ")"
            del words[i + 1]
        elif r < 0.33:
            words[i] = "https://www.example.by/" + self.rng.choice(SLUG_WORDS) + "/" + str(self.rng.randint(1, 999))
        elif r < 0.35:
            words[i] = "~~" + words[i] + "~~"

    def paragraph(self, lo=2, hi=5, inline=True):
        return " ".join(self.sentence(inline) for _ in range(self.rng.randint(lo, hi)))

    def heading(self):
        text = self.phrase(3, 7)
        return "## " + text[0].upper() + text[1:]

    def bullet_list(self):
        ordered = self.rng.random() < 0.3
        items = []
        for n in range(self.rng.randint(3, 6)):
            text = self.phrase(3, 10)
            items.append(("%d. " % (n + 1) if ordered else "- ") + text[0].upper() + text[1:] + ";")
        items[-1] = items[-1][:-1] + "."
        return "\n".join(items)

    def table(self):
        header = TABLE_HEADERS[self.language]
        rows = ["| " + " | ".join(header) + " |", "|---|---:|---:|"]
        for _ in range(self.rng.randint(3, 6)):
            label = self.phrase(2, 4)
            value = "%d" % self.rng.randint(10, 99999)
            change = "%+.1f%%" % (self.rng.uniform(-20, 40))
            rows.append("| " + label[0].upper() + label[1:] + " | " + value + " | " + change + " |")
        return "\n".join(rows)

    def title(self):
        text = self.phrase(6, 13)
        return text[0].upper() + text[1:]

    def body(self, shape):
        """Blocks in the order `shape` gives, so all versions of a story share a structure."""
        blocks = []
        for kind in shape:
            if kind == "p":
                blocks.append(self.paragraph())
            elif kind == "lead":
                blocks.append(self.paragraph(2, 3, inline=False))
            elif kind == "h":
                blocks.append(self.heading())
            elif kind == "ul":
                blocks.append(self.bullet_list())
            elif kind == "table":
                blocks.append(self.table())
        return blocks


def story_shape(rng):
    shape = ["lead"]
    for _ in range(rng.randint(3, 9)):
        r = rng.random()
        if r < 0.12:
            shape.append("h")
        elif r < 0.22:
            shape.append("ul")
        elif r < 0.27:
            shape.append("table")
        shape.append("p")
    return shape


def yaml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def language_sets(rng, n):
    """Story language sets: 50% in three, 30% in two, 20% in one, every language exactly n."""
    stories = round(3 * n / 2.3)
    three = round(stories * 0.5)
    two = round(stories * 0.3)
    one = 3 * n - 3 * three - 2 * two
    if one < 0:  # tiny n
        two += one // 2
        one = 3 * n - 3 * three - 2 * two
    counts = {language: three for language in LANGUAGES}
    sets = [list(LANGUAGES) for _ in range(three)]
    for _ in range(two):
        pair = sorted(LANGUAGES, key=lambda l: (counts[l], rng.random()))[:2]
        for language in pair:
            counts[language] += 1
        sets.append([l for l in LANGUAGES if l in pair])
    for _ in range(one):
        single = min(LANGUAGES, key=lambda l: (counts[l], rng.random()))
        counts[single] += 1
        sets.append([single])
    assert all(c == n for c in counts.values()), counts
    rng.shuffle(sets)
    return sets


def tag_choice(rng):
    """1-4 tags, the first few keys much more frequent (as on a real site)."""
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(TAGS))]
    chosen = []
    for _ in range(rng.randint(1, 4)):
        key = rng.choices(TAGS, weights)[0][0]
        if key not in chosen:
            chosen.append(key)
    return chosen


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(n, out, seed, hugo_too=True):
    rng = random.Random(seed)
    vestnik = os.path.join(out, "vestnik", "content")
    hugo = os.path.join(out, "hugo", "content")
    for d in (os.path.join(out, "vestnik"), os.path.join(out, "hugo", "content")):
        shutil.rmtree(d, ignore_errors=True)
    os.makedirs(vestnik)
    os.makedirs(hugo)

    tags_yaml = ["# Tag keys used in front matter: URL slug and label per language (generated by bench/generate-corpus.py)"]
    for key, ru, be, en in TAGS:
        tags_yaml.append("%s: {slug: %s, ru: %s, be: %s, en: %s}" % (key, key, yaml_string(ru), yaml_string(be), yaml_string(en)))
        for language, label in zip(LANGUAGES, (ru, be, en)):
            if hugo_too:
                write(os.path.join(hugo, "tags", key, "_index.%s.md" % language),
                      "---\ntitle: %s\n---\n" % yaml_string(label))
    write(os.path.join(vestnik, "tags.yaml"), "\n".join(tags_yaml) + "\n")
    # The bare "news" section has no counterpart in Vestnik: Hugo must not render it.
    for language in LANGUAGES if hugo_too else []:
        write(os.path.join(hugo, "news", "_index.%s.md" % language),
              "---\ntitle: news\n_build:\n  render: never\n  list: never\n---\n")

    writers = {language: Writer(rng, language) for language in LANGUAGES}
    years = {}  # (year, language) -> count
    stats = {"articles": 0, "stories": 0, "words": 0, "bytes": 0, "by_language": {l: 0 for l in LANGUAGES},
             "stories_by_versions": {1: 0, 2: 0, 3: 0}, "tags_by_language": {l: set() for l in LANGUAGES}}
    span_days = (LAST_YEAR - FIRST_YEAR + 1) * 365
    for index, languages in enumerate(language_sets(rng, n)):
        day = rng.randrange(span_days)
        year = FIRST_YEAR + min(day // 365, LAST_YEAR - FIRST_YEAR)
        yday = day - (year - FIRST_YEAR) * 365
        month, mday = month_day(year, yday)
        hour, minute = rng.randint(8, 20), rng.choice((0, 15, 30, 45))
        date = "%04d-%02d-%02d" % (year, month, mday)
        form = rng.random()
        if form < 0.4:
            vestnik_date, hugo_date = date, date + "T00:00:00+03:00"
        elif form < 0.8:
            vestnik_date, hugo_date = "%sT%02d:%02d" % (date, hour, minute), "%sT%02d:%02d:00+03:00" % (date, hour, minute)
        else:
            vestnik_date = hugo_date = "%sT%02d:%02d:00+03:00" % (date, hour, minute)
        slug = "-".join(rng.sample(SLUG_WORDS, rng.randint(2, 4))) + "-%d" % (index + 1)
        folder = date + "-" + slug
        tags = tag_choice(rng)
        shape = story_shape(rng)
        has_summary = rng.random() < 0.3
        stats["stories"] += 1
        stats["stories_by_versions"][len(languages)] += 1
        for language in languages:
            w = writers[language]
            title = w.title()
            blocks = w.body(shape)
            summary = w.paragraph(1, 2, inline=False) if has_summary else None
            front = ["title: " + yaml_string(title), "date: " + vestnik_date]
            if summary:
                front.append("summary: " + yaml_string(summary))
            front.append("tags: [" + ", ".join(tags) + "]")
            body = "\n\n".join(blocks) + "\n"
            write(os.path.join(vestnik, folder, language + ".md"), "---\n" + "\n".join(front) + "\n---\n" + body)

            hfront = ["title: " + yaml_string(title), "date: " + hugo_date, "translationKey: " + folder]
            if summary:
                hfront.append("summary: " + yaml_string(summary))
            hfront.append("tags: [" + ", ".join(tags) + "]")
            hbody = blocks[0] + "\n\n<!--more-->\n\n" + "\n\n".join(blocks[1:]) + "\n"
            if hugo_too:
                write(os.path.join(hugo, "news", str(year), slug, "index.%s.md" % language),
                      "---\n" + "\n".join(hfront) + "\n---\n" + hbody)

            years[(year, language)] = years.get((year, language), 0) + 1
            stats["articles"] += 1
            stats["by_language"][language] += 1
            stats["words"] += len(body.split()) + len(title.split())
            stats["bytes"] += len(body.encode("utf-8"))
            stats["tags_by_language"][language].update(tags)
    for (year, language) in sorted(years) if hugo_too else []:
        write(os.path.join(hugo, "news", str(year), "_index.%s.md" % language), "---\ntitle: \"%d\"\n---\n" % year)

    stats["years_by_language"] = {l: {str(y): c for (y, ll), c in sorted(years.items()) if ll == l} for l in LANGUAGES}
    stats["tags_by_language"] = {l: len(s) for l, s in stats["tags_by_language"].items()}
    stats.update({"n": n, "seed": seed})
    with open(os.path.join(out, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=1, ensure_ascii=False, sort_keys=True)
    return stats


def month_day(year, yday):
    lengths = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28,
               31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    yday = min(yday, sum(lengths) - 1)
    for month, length in enumerate(lengths, start=1):
        if yday < length:
            return month, yday + 1
        yday -= length
    raise AssertionError


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="articles per language (ru, be and en each get exactly N)")
    parser.add_argument("--out", required=True, help="directory to (re)create vestnik/ and hugo/ in")
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--only", choices=["vestnik"],
                        help="write only Vestnik's content (the 3 x 100,000 stress run measures no Hugo)")
    args = parser.parse_args()
    if args.n < 1:
        sys.exit("N must be at least 1")
    stats = generate(args.n, args.out, args.seed, hugo_too=args.only is None)
    print("corpus: %d stories, %d articles (%s), %d words, %.1f MB of Markdown -> %s" % (
        stats["stories"], stats["articles"], ", ".join("%s %d" % kv for kv in stats["by_language"].items()),
        stats["words"], stats["bytes"] / 1e6, args.out))


if __name__ == "__main__":
    main()
