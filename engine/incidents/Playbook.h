// Playbooks: Markdown documents attached to incidents by id (the seed's pb_aid_latency).
#pragma once

#include <QString>
#include <QStringList>

namespace hms {

struct Playbook {
    QString id;        // "pb_aid_latency"
    QString title;     // first heading's text, e.g. "Playbook: pb_aid_latency"
    QString markdown;  // the whole document
    QStringList steps; // the numbered list items of the document, in order, without "1. "
};

struct PlaybookParseResult {
    Playbook playbook;
    QString error; // empty on success
};

// The id is taken from a first-level heading "# Playbook: <id>"; otherwise from the file's
// base name. An id must match [A-Za-z0-9_.-]+; an empty document or one over 1 MiB is an error.
PlaybookParseResult parsePlaybook(const QString &markdown, const QString &fileName);

} // namespace hms
