// Alertmanager's label matchers: its documented examples, missing labels, anchoring, quoting,
// lists with commas and braces inside quotes, every error with its column, the RE2 portability
// refusals, and the "matches the empty label set" check that silences rely on.
#include "alerting/Matcher.h"

#include <QTest>
#include <initializer_list>
#include <utility>

using namespace hms;

namespace {
Labels labels(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    Labels out;
    for (const auto &[k, v] : pairs)
        out.emplace(QString::fromUtf8(k), QString::fromUtf8(v));
    return out;
}

// The parsed list rendered back, or "error@COLUMN".
QString rendered(const QString &text, MatcherParseError *error)
{
    const auto ms = parseMatchers(text, error);
    if (!ms)
        return QStringLiteral("error@%1").arg(error->column);
    QStringList parts;
    for (const Matcher &m : *ms)
        parts << m.toString();
    return parts.join(u',');
}
} // namespace

class TestMatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("matcher");
        QTest::addColumn<Labels>("labels");
        QTest::addColumn<bool>("expected");
        const QString barOrBaz = QStringLiteral("foo=~\"bar|baz\"");
        QTest::addRow("am: =~ bar") << barOrBaz << labels({{"foo", "bar"}}) << true;
        QTest::addRow("am: =~ baz") << barOrBaz << labels({{"foo", "baz"}}) << true;
        QTest::addRow("am: =~ anchored barbaz") << barOrBaz << labels({{"foo", "barbaz"}}) << false;
        QTest::addRow("am: =~ anchored xbar") << barOrBaz << labels({{"foo", "xbar"}}) << false;
        QTest::addRow("am: =~ missing") << barOrBaz << labels({}) << false;
        QTest::addRow("am: !~ missing") << QStringLiteral("foo!~\"bar\"") << labels({}) << true;
        QTest::addRow("!~ equal") << QStringLiteral("foo!~\"bar\"") << labels({{"foo", "bar"}}) << false;
        QTest::addRow("!~ anchored") << QStringLiteral("foo!~\"bar\"") << labels({{"foo", "barx"}}) << true;
        QTest::addRow("am: =\"\" missing") << QStringLiteral("foo=\"\"") << labels({{"bar", "x"}}) << true;
        QTest::addRow("=\"\" empty") << QStringLiteral("foo=\"\"") << labels({{"foo", ""}}) << true;
        QTest::addRow("=\"\" set") << QStringLiteral("foo=\"\"") << labels({{"foo", "x"}}) << false;
        QTest::addRow("am: !=\"\" missing") << QStringLiteral("foo!=\"\"") << labels({}) << false;
        QTest::addRow("!=\"\" empty") << QStringLiteral("foo!=\"\"") << labels({{"foo", ""}}) << false;
        QTest::addRow("!=\"\" set") << QStringLiteral("foo!=\"\"") << labels({{"foo", "x"}}) << true;
        QTest::addRow("!= missing") << QStringLiteral("foo!=bar") << labels({}) << true;
        QTest::addRow("!= equal") << QStringLiteral("foo!=bar") << labels({{"foo", "bar"}}) << false;
        QTest::addRow("unquoted =") << QStringLiteral("foo=bar") << labels({{"foo", "bar"}}) << true;
        QTest::addRow("= is exact") << QStringLiteral("foo=bar") << labels({{"foo", "barx"}}) << false;
        QTest::addRow("= other label") << QStringLiteral("foo=bar") << labels({{"job", "bar"}}) << false;
        QTest::addRow("spaces") << QStringLiteral("  foo  =  \"b a r\"  ") << labels({{"foo", "b a r"}}) << true;
        QTest::addRow("unquoted regex") << QStringLiteral("job=~api.*") << labels({{"job", "api-1"}}) << true;
        QTest::addRow("unquoted !~") << QStringLiteral("job!~api.*") << labels({{"job", "web"}}) << true;
        QTest::addRow("escapes") << QStringLiteral("m=\"a\\\"b\\\\c\\nd\"") << labels({{"m", "a\"b\\c\nd"}}) << true;
        QTest::addRow("\\d kept") << QStringLiteral("n=~\"\\d+\"") << labels({{"n", "123"}}) << true;
        QTest::addRow("\\d anchored") << QStringLiteral("n=~\"\\d+\"") << labels({{"n", "12a"}}) << false;
        QTest::addRow("$ is end of text") << QStringLiteral("m=~\"a\"") << labels({{"m", "a\n"}}) << false;
        QTest::addRow(". not newline") << QStringLiteral("m=~\"a.*\"") << labels({{"m", "a\nb"}}) << false;
        QTest::addRow("empty regex missing") << QStringLiteral("m=~\"\"") << labels({}) << true;
        QTest::addRow(".+ missing") << QStringLiteral("m=~\".+\"") << labels({}) << false;
        QTest::addRow("utf-8") << QStringLiteral("city=\"Zürich\"") << labels({{"city", "Zürich"}}) << true;
        QTest::addRow("utf-8 regex") << QStringLiteral("city=~\"Z.rich\"") << labels({{"city", "Zürich"}}) << true;
    }
    void matches()
    {
        QFETCH(QString, matcher);
        QFETCH(Labels, labels);
        QFETCH(bool, expected);
        MatcherParseError error;
        const auto m = parseMatcher(matcher, &error);
        QVERIFY2(m, qPrintable(error.message));
        QCOMPARE(m->matches(labels), expected);
        QCOMPARE(allMatch({*m}, labels), expected);
    }

    void fields()
    {
        MatcherParseError error;
        const auto ms = parseMatchers(u"{a=\"1\", b!=2, c=~\"3\", d!~4}", &error);
        QVERIFY2(ms, qPrintable(error.message));
        QCOMPARE(ms->size(), std::size_t(4));
        const Matcher::Op ops[]
            = {Matcher::Op::Equal, Matcher::Op::NotEqual, Matcher::Op::Regex, Matcher::Op::NotRegex};
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE((*ms)[i].name, QString(QChar(u'a' + int(i))));
            QCOMPARE((*ms)[i].value, QString::number(i + 1));
            QCOMPARE((*ms)[i].op, ops[i]);
        }
        QCOMPARE(matcherOpText(Matcher::Op::NotRegex), QStringLiteral("!~"));
    }

    void toStringQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("regex") << QStringLiteral("job =~ api.*") << QStringLiteral("job=~\"api.*\"");
        QTest::addRow("equal") << QStringLiteral("job=api") << QStringLiteral("job=\"api\"");
        QTest::addRow("not equal") << QStringLiteral("job != \"\"") << QStringLiteral("job!=\"\"");
        QTest::addRow("escapes") << QStringLiteral("m=\"a\\\"b\\\\c\\nd\"") << QStringLiteral("m=\"a\\\"b\\\\c\\nd\"");
        QTest::addRow("spurious escape") << QStringLiteral("n=~\"\\d\"") << QStringLiteral("n=~\"\\\\d\"");
    }
    void toStringQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        MatcherParseError error;
        const auto m = parseMatcher(text, &error);
        QVERIFY2(m, qPrintable(error.message));
        QCOMPARE(m->toString(), expected);
        const auto again = parseMatcher(m->toString(), &error);
        QVERIFY2(again, qPrintable(error.message));
        QCOMPARE(again->name, m->name);
        QCOMPARE(again->op, m->op);
        QCOMPARE(again->value, m->value);
    }

    void parseList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("braces") << QStringLiteral("{foo=\"bar\", job=~\"api.*\"}")
                                << QStringLiteral("foo=\"bar\",job=~\"api.*\"");
        QTest::addRow("no braces") << QStringLiteral("foo=bar,job!~api.*")
                                   << QStringLiteral("foo=\"bar\",job!~\"api.*\"");
        QTest::addRow("one") << QStringLiteral("alertname=Disk") << QStringLiteral("alertname=\"Disk\"");
        QTest::addRow("comma in quotes") << QStringLiteral("{msg=\"a,b\", x=\"c\"}")
                                         << QStringLiteral("msg=\"a,b\",x=\"c\"");
        QTest::addRow("braces in quotes") << QStringLiteral("{x=\"}\", y=\"{\"}") << QStringLiteral("x=\"}\",y=\"{\"");
        QTest::addRow("regex with comma") << QStringLiteral("{x=~\"a{1,2}\"}") << QStringLiteral("x=~\"a{1,2}\"");
        QTest::addRow("trailing comma") << QStringLiteral("{a=\"b\",}") << QStringLiteral("a=\"b\"");
        QTest::addRow("trailing comma bare") << QStringLiteral("a=b,") << QStringLiteral("a=\"b\"");
        QTest::addRow("spaces") << QStringLiteral("  { a = \"b\" ,c != d }  ") << QStringLiteral("a=\"b\",c!=\"d\"");
        QTest::addRow("same name twice") << QStringLiteral("{a!=x,a!=y}") << QStringLiteral("a!=\"x\",a!=\"y\"");
        QTest::addRow("named group allowed") << QStringLiteral("{a=~\"(?<n>x)\"}") << QStringLiteral("a=~\"(?<n>x)\"");
        QTest::addRow("escaped paren not lookahead")
            << QStringLiteral("{a=~\"\\(?=x\"}") << QStringLiteral("a=~\"\\\\(?=x\"");
        QTest::addRow("class not lookahead") << QStringLiteral("{a=~\"[(?=]x\"}") << QStringLiteral("a=~\"[(?=]x\"");
        QTest::addRow("escaped backslash then 1")
            << QStringLiteral("{a=~\"\\\\\\\\1\"}") << QStringLiteral("a=~\"\\\\\\\\1\"");
    }
    void parseList()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        MatcherParseError error;
        const QString got = rendered(text, &error);
        QVERIFY2(!got.startsWith(QStringLiteral("error@")), qPrintable(got + u' ' + error.message));
        QCOMPARE(got, expected);
        QCOMPARE(rendered(u'{' + got + u'}', &error), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("single");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addRow("name starts with digit")
            << QStringLiteral("{1a=\"b\"}") << false << 1 << QStringLiteral("label name");
        QTest::addRow("no name") << QStringLiteral("{=\"b\"}") << false << 1 << QStringLiteral("label name");
        QTest::addRow("bad name char") << QStringLiteral("{a-b=\"c\"}") << false << 2 << QStringLiteral("operator");
        QTest::addRow("missing operator") << QStringLiteral("{a \"b\"}") << false << 3 << QStringLiteral("operator");
        QTest::addRow("lone !") << QStringLiteral("a!b") << true << 1 << QStringLiteral("operator");
        QTest::addRow("missing value") << QStringLiteral("{a=}") << false << 3 << QStringLiteral("value");
        QTest::addRow("double =") << QStringLiteral("a==b") << true << 2 << QStringLiteral("value");
        QTest::addRow("unterminated quote")
            << QStringLiteral("{a=\"b}") << false << 3 << QStringLiteral("closing quote");
        QTest::addRow("escaped last quote")
            << QStringLiteral("a=\"b\\\"") << true << 2 << QStringLiteral("closing quote");
        QTest::addRow("unclosed brace") << QStringLiteral("{a=\"b\"") << false << 6 << QStringLiteral("'}'");
        QTest::addRow("text after brace") << QStringLiteral("{a=\"b\"} x") << false << 8 << QStringLiteral("after '}'");
        QTest::addRow("missing comma") << QStringLiteral("{a=\"b\" c=\"d\"}") << false << 7 << QStringLiteral("','");
        QTest::addRow("brace without open") << QStringLiteral("a=b}") << false << 3 << QStringLiteral("','");
        QTest::addRow("double comma") << QStringLiteral("{a=b,,c=d}") << false << 5 << QStringLiteral("label name");
        QTest::addRow("single: text after")
            << QStringLiteral("foo=\"bar\" x") << true << 10 << QStringLiteral("unexpected");
        QTest::addRow("single: unquoted space")
            << QStringLiteral("foo=bar baz") << true << 8 << QStringLiteral("quote");
        QTest::addRow("single: list") << QStringLiteral("a=b,c=d") << true << 3 << QStringLiteral("unexpected");
        QTest::addRow("empty list") << QStringLiteral("{}") << false << 1 << QStringLiteral("at least one matcher");
        QTest::addRow("empty list spaces")
            << QStringLiteral("{  }") << false << 3 << QStringLiteral("at least one matcher");
        QTest::addRow("empty text") << QString() << false << 0 << QStringLiteral("at least one matcher");
        QTest::addRow("only comma") << QStringLiteral("{ , }") << false << 2 << QStringLiteral("label name");
        // PCRE2 reports a missing ')' at the end of the pattern: the closing quote
        QTest::addRow("regex missing )") << QStringLiteral("{a=~\"x(y\"}") << false << 8
                                         << QStringLiteral("regular expression for a");
        QTest::addRow("regex **") << QStringLiteral("{a=~\"a**\"}") << false << 7
                                  << QStringLiteral("regular expression");
        // the value is ""x) after unescaping: the column counts the escapes
        QTest::addRow("regex after escapes")
            << QStringLiteral("{a=~\"\\\"\\\"x)\"}") << false << 10 << QStringLiteral("regular expression");
        // checked before anchoring, so that a stray ')' cannot close the anchoring group
        QTest::addRow("stray )") << QStringLiteral("x=~\"a|b)|(c\"") << true << 7
                                 << QStringLiteral("regular expression");
        QTest::addRow("regex unquoted") << QStringLiteral("a!~x)") << true << 4 << QStringLiteral("regular expression");
        QTest::addRow("lookahead") << QStringLiteral("{a=~\"x(?=y)\"}") << false << 6 << QStringLiteral("lookahead");
        QTest::addRow("negative lookahead")
            << QStringLiteral("a=~\"(?!y)x\"") << true << 4 << QStringLiteral("lookahead");
        QTest::addRow("lookbehind") << QStringLiteral("a!~\"(?<!y)x\"") << true << 4 << QStringLiteral("lookbehind");
        QTest::addRow("positive lookbehind")
            << QStringLiteral("{b=c, a=~\"(?<=y)x\"}") << false << 10 << QStringLiteral("lookbehind");
        QTest::addRow("backreference") << QStringLiteral("a=~\"(x)\\1\"") << true << 7
                                       << QStringLiteral("backreference");
        QTest::addRow("backreference \\g")
            << QStringLiteral("a=~\"(x)\\g1\"") << true << 7 << QStringLiteral("backreference");
        QTest::addRow("atomic group") << QStringLiteral("a=~\"(?>x)\"") << true << 4 << QStringLiteral("atomic");
        QTest::addRow("control verb") << QStringLiteral("a=~\"(*UTF)x\"") << true << 4
                                      << QStringLiteral("control verb");
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(bool, single);
        QFETCH(int, column);
        QFETCH(QString, message);
        MatcherParseError error;
        if (single) {
            QVERIFY(!parseMatcher(text, &error));
        } else {
            QVERIFY(!parseMatchers(text, &error));
        }
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QCOMPARE(error.column, column);
    }

    void regexErrorNamesPcreError()
    {
        MatcherParseError error;
        QVERIFY(!parseMatcher(u"a=~\"x(y\"", &error));
        const QRegularExpression bad(QStringLiteral("x(y"));
        QVERIFY(!bad.isValid());
        QVERIFY2(error.message.contains(bad.errorString()), qPrintable(error.message));
        QVERIFY(!parseMatcher(u"a=~\"x(y\"", nullptr)); // no error slot: still refused, no crash
    }

    void matchesEmpty_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::addRow("=\"\"") << QStringLiteral("{foo=\"\"}") << true;
        QTest::addRow("=~.*") << QStringLiteral("{foo=~\".*\"}") << true;
        QTest::addRow("=bar") << QStringLiteral("{foo=\"bar\"}") << false;
        QTest::addRow("!=\"\"") << QStringLiteral("{foo!=\"\"}") << false;
        QTest::addRow("!~x") << QStringLiteral("{foo!~\"x\"}") << true;
        QTest::addRow("!=x") << QStringLiteral("{foo!=\"x\"}") << true;
        QTest::addRow("=~.+") << QStringLiteral("{foo=~\".+\"}") << false;
        QTest::addRow("one of two") << QStringLiteral("{foo=\"\", bar=\"x\"}") << false;
    }
    void matchesEmpty()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        MatcherParseError error;
        const auto ms = parseMatchers(text, &error);
        QVERIFY2(ms, qPrintable(error.message));
        QCOMPARE(hms::matchesEmpty(*ms), expected);
    }

    void allMatchNeedsEvery()
    {
        MatcherParseError error;
        const auto ms = parseMatchers(u"{alertname=\"Disk\", severity=~\"page|critical\", team!=\"db\"}", &error);
        QVERIFY2(ms, qPrintable(error.message));
        QVERIFY(allMatch(*ms, labels({{"alertname", "Disk"}, {"severity", "page"}})));
        QVERIFY(!allMatch(*ms, labels({{"alertname", "Disk"}, {"severity", "page"}, {"team", "db"}})));
        QVERIFY(!allMatch(*ms, labels({{"alertname", "Disk"}, {"severity", "warning"}})));
        QVERIFY(allMatch({}, labels({})));
    }
};

QTEST_APPLESS_MAIN(TestMatcher)
#include "tst_matcher.moc"
