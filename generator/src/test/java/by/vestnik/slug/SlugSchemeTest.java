package by.vestnik.slug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ministry's slug scheme, from the titles and addresses of its own stories. */
class SlugSchemeTest {
    @TempDir
    Path templates;

    private String slug(String language, String title) {
        return SlugScheme.of(language, templates).slug(title);
    }

    /**
     * Every seed story (/work/shared/seeds/00N_*.txt): its title and the slug of its "Source URL".
     * Seeds 002 and 004 are at /node/N addresses, which show no slug: theirs is what the scheme
     * gives, checked letter by letter against the rules.
     */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource(delimiter = '|', value = {
        "000|en|Meeting of the expert group on preparation of the 4th meeting of heads of ministries and departments of the SCO member states"
                + "|meeting-expert-group-preparation-4th-meeting-heads-ministries-and-departments-sco-member-states",
        "001|en|On preparations for the Fourth Meeting of the Heads of Ministries and Departments of SCO Member States Responsible for ICT Development"
                + "|preparations-fourth-meeting-heads-ministries-and-departments-sco-member-states-responsible-ict",
        "002|ru|Заседание экспертной группы по подготовке 4-го совещания руководителей министерств и ведомств государств-членов ШОС"
                + "|zasedanie-ekspertnoy-gruppy-po-podgotovke-4-go-soveshchaniya-rukovoditeley-ministerstv-i-vedomstv",
        "003|ru|Беларусь налаживает сотрудничество в рамках ШОС в области цифры"
                + "|belarus-nalazhivaet-sotrudnichestvo-v-ramkakh-shos-v-oblasti-cifry",
        "004|ru|Беларусь и Китай активизируют сотрудничество в сфере цифрового развития"
                + "|belarus-i-kitay-aktiviziruyut-sotrudnichestvo-v-sfere-cifrovogo-razvitiya",
    })
    void seedTitlesGiveTheMinistrysAddresses(String seed, String language, String title, String address) {
        assertEquals(address, slug(language, title));
    }

    @Test
    void cutsBetweenWordsAtOneHundredCharacters() {
        String slug = slug("ru", "Заседание экспертной группы по подготовке 4-го совещания руководителей министерств и ведомств государств-членов ШОС");
        assertTrue(slug.length() <= SlugScheme.MAX_LENGTH, slug);
        assertTrue(("zasedanie-ekspertnoy-gruppy-po-podgotovke-4-go-soveshchaniya-rukovoditeley-ministerstv-i-vedomstv"
                + "-gosudarstv").length() > SlugScheme.MAX_LENGTH, "the next word would not have fitted");
        assertEquals("a".repeat(100), slug("en", "A" + "a".repeat(150)), "one word longer than the limit is cut");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // ў → u, і → i, г → h, ь dropped, ц → c, ч → ch
        "be|Беларусь і Кітай умацоўваюць супрацоўніцтва ў галіне лічбавага развіцця"
                + "|belarus-i-kitay-umacouvayuc-supracounictva-u-haline-lichbavaha-razviccya",
        // ё → yo, й → y, the apostrophe dropped
        "be|Новы сёлета: сям'я, дзе ёсць інтэрнэт|novy-syoleta-syamya-dze-yosc-internet",
        "be|Ўласны падыход і «Мінская» ініцыятыва|ulasny-padykhod-i-minskaya-inicyyatyva",
        // Russian: ъ and ь dropped, ё → e, й → y, щ → shch, э → e, ю → yu, я → ya
        "ru|Объявлен съезд: всё ещё рано, Щучин и Юрьев — это январь|obyavlen-sezd-vse-eshche-rano-shchuchin-i-yurev-eto-yanvar",
        "ru|ЁЛКА и ЙОД|elka-i-yod",
        // digits, punctuation, Latin words kept as they are; letters with marks lose them
        "ru|ИКТ-форум TIBO-2025: «Цифровая» повестка (5G, IoT)|ikt-forum-tibo-2025-cifrovaya-povestka-5g-iot",
        "ru|Виталий Просви́ров — 2-й раз в Café Müller|vitaliy-prosvirov-2-y-raz-v-cafe-muller",
        "en|The Ministry's 5G plan: “Digital Belarus” 2025|ministrys-5g-plan-digital-belarus-2025",
    })
    void writesEveryLetter(String language, String title, String expected) {
        assertEquals(expected, slug(language, title));
    }

    @Test
    void belarusianAndRussianDifferWhereTheirLettersSoundDifferent() {
        assertEquals("hrodna", slug("be", "Гродна"));
        assertEquals("grodno", slug("ru", "Гродно"));
    }

    @Test
    void aLanguageWithoutRulesStillGetsAsciiWords() {
        assertEquals("zustandigkeit-fur-das-netz", slug("de", "Zuständigkeit für das Netz"));
        assertEquals("kiiv-i-lviv", slug("uk", "Київ і Львів"));
    }

    @Test
    void aTitleWithoutLettersGivesNoSlug() {
        assertEquals("", slug("ru", "— «…» —"));
    }

    @Test
    void theProjectOverridesRulesAndStopWords() throws Exception {
        Files.createDirectories(templates.resolve("slugs"));
        Files.writeString(templates.resolve("slugs/ru.txt"), ":: Any-Lower ;\nц > ts ;\nш > sh ;\n");
        Files.writeString(templates.resolve("slugs/ru-stopwords.txt"), "# Russian prepositions\nv\n");
        // ц and ш by the project's rules, the rest through Any-Latin, "v" left out as a stop word
        assertEquals("tsifra-shos", slug("ru", "Цифра в ШОС"));
        Files.writeString(templates.resolve("slugs/en-stopwords.txt"), "");
        assertEquals("meeting-of-the-expert-group", slug("en", "Meeting of the expert group"));
    }

    @Test
    void brokenRulesNameTheirFile() throws Exception {
        Files.createDirectories(templates.resolve("slugs"));
        Files.writeString(templates.resolve("slugs/be.txt"), "а > ;;; > b ] [\n");
        var e = assertThrows(IllegalArgumentException.class, () -> SlugScheme.of("be", templates));
        assertTrue(e.getMessage().contains(templates.resolve("slugs/be.txt").toString()), e.getMessage());
    }
}
