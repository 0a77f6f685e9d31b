#include "core/YamlSupport.h"

#include <QCoreApplication>

#include <sstream>
#include <yaml-cpp/eventhandler.h>

namespace hms::yaml {

namespace {
class DocumentCounter final : public YAML::EventHandler {
public:
    YAML::Mark first = YAML::Mark::null_mark();
    YAML::Mark second = YAML::Mark::null_mark();
    int documents = 0;

    void OnDocumentStart(const YAML::Mark &mark) override { (++documents == 1 ? first : second) = mark; }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override { }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {
    }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnMapEnd() override { }
};
} // namespace

QString quoted(const QString &text)
{
    constexpr qsizetype kMax = 60;
    return u'"' + (text.size() <= kMax ? text : text.first(kMax) + u'…') + u'"';
}

QString nodeKind(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence:
        return node.size() == 0 ? QCoreApplication::translate("hms::Yaml", "an empty list")
                                : QCoreApplication::translate("hms::Yaml", "a list");
    case YAML::NodeType::Map:
        return node.size() == 0 ? QCoreApplication::translate("hms::Yaml", "an empty mapping")
                                : QCoreApplication::translate("hms::Yaml", "a mapping");
    case YAML::NodeType::Scalar:
        return quoted(QString::fromStdString(node.Scalar()));
    default:
        return QCoreApplication::translate("hms::Yaml", "nothing");
    }
}

bool isValidId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
            || c == u'.' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<SecondDocument> secondDocument(const std::string &yaml)
{
    std::istringstream in(yaml);
    YAML::Parser parser(in);
    DocumentCounter counter;
    if (!parser.HandleNextDocument(counter) || !parser.HandleNextDocument(counter))
        return std::nullopt;
    return SecondDocument{counter.second, counter.second.pos <= counter.first.pos};
}

} // namespace hms::yaml
