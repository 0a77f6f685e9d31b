// What the YAML readers (rules, rotations) share: describing a node in an error message,
// id syntax, and the guard against multi-document input.
#pragma once

#include <QString>

#include <optional>
#include <string>
#include <yaml-cpp/yaml.h>

namespace hms::yaml {

// `"text"`, shortened to 60 characters.
QString quoted(const QString &text);
// What a node is, for "expected X, got Y": "a list", "a mapping", "\"text\"", "nothing".
QString nodeKind(const YAML::Node &node);
// [A-Za-z0-9_.-]+ : rotation and playbook ids.
bool isValidId(const QString &id);

struct SecondDocument {
    YAML::Mark mark;
    bool stuck = false; // the parser made no progress: not a document, a character it cannot read
};
// Where a second document starts, or nullopt when the stream holds at most one. Throws like
// YAML::Load. YAML::LoadAll loops forever on some inputs (after a lone "," yaml-cpp 0.7 reports an
// endless stream of empty documents), so documents are counted with at most two parser steps.
std::optional<SecondDocument> secondDocument(const std::string &yaml);

} // namespace hms::yaml
